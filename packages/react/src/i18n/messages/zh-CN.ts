import type {
  uiEnAlignmentTree,
  uiEnCheckInForm,
  uiEnConfidenceGuide,
  uiEnErrorSummary,
  uiEnFieldHint,
  uiEnKeyResultEditor,
  uiEnKeyResultScorecard,
  uiEnNoteList,
  uiEnNumberField,
  uiEnObjectiveEditor,
  uiEnObjectiveScorecard,
  uiEnOkrScorecard,
  uiEnOkrSetEditor,
  uiEnRetrospectiveForm,
  uiEnScoreSlider,
  uiEnScoreTrendChart,
  uiEnShared,
  uiEnWorkshopTimer,
} from './en'

/** A section's keys, translated. */
type Section<English> = Record<keyof English, string>

// @okrkit/react 的简体中文界面目录,按组件分节;术语与 OKR 演练一致。

/** Words several components show: score, status, read-only. */
export const uiZhShared: Section<typeof uiEnShared> = {
  'ui.score': '分数',
  'ui.score.none': '尚未评分',
  'ui.status': '状态',
  'ui.status.stale': '未更新',
  'ui.read_only': '只读',
}

/** KeyResultScorecard. */
export const uiZhKeyResultScorecard: Section<typeof uiEnKeyResultScorecard> = {
  'ui.keyResultScorecard.owner': '负责人',
  'ui.keyResultScorecard.owner.none': '无负责人',
  'ui.keyResultScorecard.progress': '进度',
  'ui.keyResultScorecard.progress.metric': '当前 {value},从 {start} 到 {target}',
  'ui.keyResultScorecard.progress.share': '已完成 {percent}',
  'ui.keyResultScorecard.milestone.done': '已完成',
  'ui.keyResultScorecard.milestone.open': '尚未完成',
  'ui.keyResultScorecard.milestone.openDue': '尚未完成,截止日期为 {date}',
  'ui.keyResultScorecard.overachieved': '超额完成',
  'ui.keyResultScorecard.score.dated': '{provenance}({date})',
  'ui.keyResultScorecard.status.team': '团队在 {date} 的核查中报告',
  'ui.keyResultScorecard.status.pace': '按进度推算:已完成 {progress},时间已过去 {expected}',
  'ui.keyResultScorecard.forecast': '预测',
  'ui.keyResultScorecard.forecast.linear-trend': '按 {count} 次核查的趋势推算的期末分数',
  'ui.keyResultScorecard.forecast.last-value': '若最新值保持不变,期末的分数',
  'ui.keyResultScorecard.forecast.none': '尚无可推算的衡量值',
  'ui.keyResultScorecard.update': '最新更新',
  'ui.keyResultScorecard.update.dated': '最新更新({date})',
  'ui.keyResultScorecard.update.what': '是什么',
  'ui.keyResultScorecard.update.why': '为什么',
  'ui.keyResultScorecard.update.soWhat': '怎么办',
  'ui.keyResultScorecard.update.notGiven': '未填写',
  'ui.keyResultScorecard.update.none': '尚无核查。',
  'ui.keyResultScorecard.notFound': '文档中没有关键成果“{id}”。',
}

/** ObjectiveScorecard; its level and commitment words are shared by the other scorecards. */
export const uiZhObjectiveScorecard: Section<typeof uiEnObjectiveScorecard> = {
  'ui.objectiveScorecard.level': '层级',
  'ui.objectiveScorecard.level.company': '公司',
  'ui.objectiveScorecard.level.team': '团队',
  'ui.objectiveScorecard.level.individual': '个人',
  'ui.objectiveScorecard.commitment': '目标类型',
  'ui.objectiveScorecard.commitment.aspirational': '愿景型',
  'ui.objectiveScorecard.commitment.committed': '承诺型',
  'ui.objectiveScorecard.team': '团队',
  'ui.objectiveScorecard.team.none': '无团队',
  'ui.objectiveScorecard.owner': '负责人',
  'ui.objectiveScorecard.keyResult': '关键成果',
  'ui.objectiveScorecard.keyResults.caption': '“{title}”的关键成果',
  'ui.objectiveScorecard.keyResults.none': '尚无关键成果。',
  'ui.objectiveScorecard.progress': '进度',
  'ui.objectiveScorecard.progress.cell': '{percent}({value} → {target})',
  'ui.objectiveScorecard.details': '详情',
  'ui.objectiveScorecard.description': '描述',
  'ui.objectiveScorecard.alignedTo': '对齐到',
  'ui.objectiveScorecard.notFound': '文档中没有目标“{id}”。',
}

/** OkrScorecard. */
export const uiZhOkrScorecard: Section<typeof uiEnOkrScorecard> = {
  'ui.okrScorecard.caption': '{period}记分卡',
  'ui.okrScorecard.filters': '筛选',
  'ui.okrScorecard.period': '时间段',
  'ui.okrScorecard.owner': '负责人',
  'ui.okrScorecard.owner.everyone': '所有人',
  'ui.okrScorecard.staleOnly': '仅显示本月尚未核查的',
  'ui.okrScorecard.groupByTeam': '按团队分组',
  'ui.okrScorecard.sort': '排序方式',
  'ui.okrScorecard.sort.none': '文档顺序',
  'ui.okrScorecard.sort.title.ascending': '标题(升序)',
  'ui.okrScorecard.sort.title.descending': '标题(降序)',
  'ui.okrScorecard.sort.team.ascending': '团队(升序)',
  'ui.okrScorecard.sort.team.descending': '团队(降序)',
  'ui.okrScorecard.sort.score.descending': '分数(从高到低)',
  'ui.okrScorecard.sort.score.ascending': '分数(从低到高)',
  'ui.okrScorecard.column.title': '目标 / 关键成果',
  'ui.okrScorecard.column.owner': '负责人',
  'ui.okrScorecard.column.team': '团队',
  'ui.okrScorecard.column.progress': '进度',
  'ui.okrScorecard.objective.meta': '{level} · {commitment}',
  'ui.okrScorecard.objective.keyResultCount': '关键成果:{count} 项',
  'ui.okrScorecard.objective.score': '由 {count} 项关键成果汇总',
  'ui.okrScorecard.team.score': '团队 {count} 个目标分数的平均值',
  'ui.okrScorecard.showing': '显示 {total} 项关键成果中的 {shown} 项',
  'ui.okrScorecard.noResults': '没有符合这些筛选条件的关键成果。',
  'ui.okrScorecard.clearFilters': '清除筛选',
  'ui.okrScorecard.empty': '此时间段尚无目标。',
  'ui.okrScorecard.empty.noPeriods': '文档中尚无时间段。',
  'ui.okrScorecard.health': '健康检查',
  'ui.okrScorecard.health.none': '没有需要提醒的问题:目标有挑战性,状态如实。',
  'ui.okrScorecard.health.error': '错误',
  'ui.okrScorecard.health.warning': '警告',
  'ui.okrScorecard.health.info': '提示',
}

/** AlignmentTree. */
export const uiZhAlignmentTree: Section<typeof uiEnAlignmentTree> = {
  'ui.alignmentTree.label': '目标对齐',
  'ui.alignmentTree.empty': '尚无可对齐的目标。',
  'ui.alignmentTree.cycle': '处于对齐循环中',
  'ui.alignmentTree.orphan': '对齐的目标不在文档中',
  'ui.alignmentTree.issues': '对齐问题',
  'ui.alignmentTree.issues.separator': ':',
}

/** ScoreSlider. */
export const uiZhScoreSlider: Section<typeof uiEnScoreSlider> = {
  'ui.scoreSlider.valueText': '{score}({grade})',
}

/** ConfidenceGuide. */
export const uiZhConfidenceGuide: Section<typeof uiEnConfidenceGuide> = {
  'ui.confidenceGuide.confidence': '信心',
  'ui.confidenceGuide.hint': '团队认为自己实现目标(即得分 1.0)的几率。',
  'ui.confidenceGuide.valueText': '{percent}:预计得分 {score}({ambition})',
  'ui.confidenceGuide.expectedScore': '预计得分',
  'ui.confidenceGuide.ambition': '挑战程度',
  'ui.confidenceGuide.ambition.safe': '稳妥',
  'ui.confidenceGuide.ambition.stretch': '有挑战性',
  'ui.confidenceGuide.ambition.unrealistic': '不切实际',
  'ui.confidenceGuide.fits.aspirational': '适合延伸目标',
  'ui.confidenceGuide.fits.committed': '适合承诺目标',
  'ui.confidenceGuide.misfit.aspirational': '不适合延伸目标',
  'ui.confidenceGuide.misfit.committed': '不适合承诺目标',
  'ui.confidenceGuide.curve.caption':
    '按几率预计的分数:实现与未实现目标的几率为 50/50 时,目标即 1.0;几率为 80/20 时,预计得分 0.7。',
  'ui.confidenceGuide.curve.table': '各信心水平下的预计得分',
  'ui.confidenceGuide.calibration': '校准目标值',
  'ui.confidenceGuide.calibration.hint':
    '将 1.0 设在团队认为实现与未实现几率为 50/50 的结果上;团队有 80% 把握实现的结果应得约 0.7 分。',
  'ui.confidenceGuide.calibration.start': '起始值',
  'ui.confidenceGuide.calibration.start.hint': '指标目前所处的水平',
  'ui.confidenceGuide.calibration.fiftyFifty': '50/50 预测',
  'ui.confidenceGuide.calibration.fiftyFifty.hint': '实现与未实现几率各半的结果',
  'ui.confidenceGuide.calibration.eightyTwenty': '80/20 预测',
  'ui.confidenceGuide.calibration.eightyTwenty.hint': '团队有 80% 把握实现的结果',
  'ui.confidenceGuide.calibration.consistent':
    '将 1.0 设在 {target}。80/20 的结果将得 {score} 分:与演练预期的 0.7 相当。',
  'ui.confidenceGuide.calibration.tight':
    '将 1.0 设在 {target}。80/20 的结果将得 {score} 分,高于演练预期的 0.7:两个预测过于接近。50/50 的结果是否足够远大?',
  'ui.confidenceGuide.calibration.wide':
    '将 1.0 设在 {target}。80/20 的结果将得 {score} 分,低于演练预期的 0.7:两个预测相差太远。80/20 的结果是否过于保守?',
  'ui.confidenceGuide.calibration.incomplete': '填写全部三个数字以确定目标值。',
}

/** WorkshopTimer. */
export const uiZhWorkshopTimer: Section<typeof uiEnWorkshopTimer> = {
  'ui.workshopTimer.position': '第 {index} 步,共 {total} 步',
  'ui.workshopTimer.minutes': '{minutes} 分钟',
  'ui.workshopTimer.timeLeft': '剩余时间',
  'ui.workshopTimer.overtime': '已超时',
  'ui.workshopTimer.progress': '议程进度',
  'ui.workshopTimer.nextStep': '下一步:{title}({minutes})',
  'ui.workshopTimer.lastStep': '这是最后一步。',
  'ui.workshopTimer.controls': '计时器',
  'ui.workshopTimer.start': '开始',
  'ui.workshopTimer.pause': '暂停',
  'ui.workshopTimer.resume': '继续',
  'ui.workshopTimer.previous': '上一步',
  'ui.workshopTimer.next': '下一步',
  'ui.workshopTimer.finish': '完成',
  'ui.workshopTimer.reset': '重置',
  'ui.workshopTimer.agenda': '议程',
  'ui.workshopTimer.done': '已完成',
  'ui.workshopTimer.stepAnnouncement': '第 {index} 步(共 {total} 步):{title},{minutes}。',
  'ui.workshopTimer.timeUp': '时间到:{title}。',
  'ui.workshopTimer.finished': '议程已全部完成。',
}

/** ScoreTrendChart. */
export const uiZhScoreTrendChart: Section<typeof uiEnScoreTrendChart> = {
  'ui.scoreTrendChart.name': '“{title}”的分数趋势({period})',
  'ui.scoreTrendChart.nameMany': '{count} 项关键成果的分数趋势({period})',
  'ui.scoreTrendChart.latest': '{date} 的最新分数为 {score}。',
  'ui.scoreTrendChart.seriesLatest': '{title}:{date} 的最新分数为 {score}。',
  'ui.scoreTrendChart.empty': '尚无已评分的进度核查。',
  'ui.scoreTrendChart.seriesEmpty': '{title}:尚无已评分的进度核查。',
  'ui.scoreTrendChart.forecast': '{date} 的预测分数:{score}。',
  'ui.scoreTrendChart.sentenceSeparator': '',
  'ui.scoreTrendChart.scoreWithGrade': '{score}({grade})',
  'ui.scoreTrendChart.table': '“{title}”的进度核查',
  'ui.scoreTrendChart.date': '核查日期',
  'ui.scoreTrendChart.noCheckIns': '此时间段内没有进度核查。',
  'ui.scoreTrendChart.forecastRow': '{date} 的预测',
  'ui.scoreTrendChart.forecastStatus': '按趋势推算',
}

/** Editable lists of notes (CheckInForm, RetrospectiveForm). */
export const uiZhNoteList: Section<typeof uiEnNoteList> = {
  'ui.noteList.remove': '删除',
  'ui.noteList.keys': '按 Enter 在下方添加一项;在空白项中按 Backspace 删除该项。',
  'ui.noteList.empty': '无',
}

/** The error summary of a form (CheckInForm, RetrospectiveForm). */
export const uiZhErrorSummary: Section<typeof uiEnErrorSummary> = {
  'ui.errorSummary.issue': '{field}:{message}',
}

/** CheckInForm. */
export const uiZhCheckInForm: Section<typeof uiEnCheckInForm> = {
  'ui.checkInForm.title': '每月核查',
  'ui.checkInForm.metric': '从 {start} 到 {target}',
  'ui.checkInForm.milestone': '里程碑',
  'ui.checkInForm.milestone.due': '里程碑截止日期:{date}',
  'ui.checkInForm.readOnly': '只读:你无权编辑此核查。',
  'ui.checkInForm.history': '以往核查',
  'ui.checkInForm.history.value': '衡量值 {value}',
  'ui.checkInForm.history.confidence': '信心 {percent}',
  'ui.checkInForm.progress': '进度',
  'ui.checkInForm.date': '日期',
  'ui.checkInForm.date.invalid': '请输入本次核查的日期。',
  'ui.checkInForm.value': '衡量值',
  'ui.checkInForm.value.hint': '指标目前的数值:起始值为 {start},目标为 {target}。',
  'ui.checkInForm.value.invalid': '请以数字输入衡量值,例如 45 或 2.5。',
  'ui.checkInForm.done': '里程碑已完成',
  'ui.checkInForm.suggestedScore': '建议分数',
  'ui.checkInForm.suggestedScore.none': '输入衡量值后即可看到它对应的分数。',
  'ui.checkInForm.useSuggestedScore': '使用建议分数',
  'ui.checkInForm.score': '团队评分',
  'ui.checkInForm.score.hint':
    '使用介于 0 和 1 之间的滑尺:0.3 = 我们没有达到目标,0.7 = 我们非常接近目标,1 = 我们完全达到了目标。',
  'ui.checkInForm.score.invalid': '请输入 0 到 1 之间的分数,例如 0.7。',
  'ui.checkInForm.status.required': '请选择状态:正常、偏离或有风险。',
  'ui.checkInForm.status.suggested': '按进度建议:',
  'ui.checkInForm.status.differs': '你们选择了“{status}”。以团队的判断为准:请在更新中说明原因。',
  'ui.checkInForm.confidence': '信心',
  'ui.checkInForm.confidence.hint':
    '团队达成目标(即得分 1.0)的把握,从 0 到 100%。假定实现与未实现目标的几率为 80/20,则应将分数设为 0.7;设为 1.0 时,则应假定几率为 50/50。',
  'ui.checkInForm.confidence.invalid': '请输入 0 到 100 之间的百分比,例如 80。',
  'ui.checkInForm.confidence.expected': '有 {percent} 的把握时,预计得分约为 {score}。',
  'ui.checkInForm.update': '进度更新',
  'ui.checkInForm.update.hint': '好的更新不止于分数,还要讲述分数背后的故事。',
  'ui.checkInForm.what': '发生了什么',
  'ui.checkInForm.what.hint': '表现详情。从事实开始:',
  'ui.checkInForm.what.q1': '你们完成了什么?与最初的计划相比如何?',
  'ui.checkInForm.what.q2': '记下达成的里程碑、完成的工作或取得的重要进展。',
  'ui.checkInForm.what.q3': '分享能提供有用背景的先行指标或子指标。',
  'ui.checkInForm.why': '为什么',
  'ui.checkInForm.why.hint': '表现驱动因素。解释事情为何如此发展:',
  'ui.checkInForm.why.q1': '哪些阻力(挑战)或助力(推动)影响了结果?',
  'ui.checkInForm.why.q2': '你们的环境、策略或团队重点发生了哪些变化?',
  'ui.checkInForm.why.q3': '如果目标有风险或已偏离,请深入分析根本原因。',
  'ui.checkInForm.soWhat': '意味着什么',
  'ui.checkInForm.soWhat.hint': '改进步骤。展望未来:',
  'ui.checkInForm.soWhat.q1': '你们计划如何应对风险或差距?',
  'ui.checkInForm.soWhat.q2': '你们需要哪些支持或资源?',
  'ui.checkInForm.soWhat.q3': '这个月你们学到了什么?今后如何应用?',
  'ui.checkInForm.soWhat.q4': '你们预计哪些努力会推动这个目标持续或加速取得进展?',
  'ui.checkInForm.soWhat.q5':
    '如果目标有风险或已偏离,“未来的你”(或设定类似目标的队友)应记住哪些教训?',
  'ui.checkInForm.headwinds': '阻力',
  'ui.checkInForm.headwinds.hint': '阻碍结果的挑战。',
  'ui.checkInForm.headwinds.item': '阻力 {number}',
  'ui.checkInForm.headwinds.add': '添加阻力',
  'ui.checkInForm.headwinds.remove': '删除阻力 {number}',
  'ui.checkInForm.tailwinds': '助力',
  'ui.checkInForm.tailwinds.hint': '推动结果的有利因素。',
  'ui.checkInForm.tailwinds.item': '助力 {number}',
  'ui.checkInForm.tailwinds.add': '添加助力',
  'ui.checkInForm.tailwinds.remove': '删除助力 {number}',
  'ui.checkInForm.decisions': '决策',
  'ui.checkInForm.decisions.hint': '团队做出的决定,让其他人知道。',
  'ui.checkInForm.decisions.item': '决策 {number}',
  'ui.checkInForm.decisions.add': '添加决策',
  'ui.checkInForm.decisions.remove': '删除决策 {number}',
  'ui.checkInForm.risks': '风险',
  'ui.checkInForm.risks.hint': '仍可能导致此关键成果偏离的因素。',
  'ui.checkInForm.risks.item': '风险 {number}',
  'ui.checkInForm.risks.add': '添加风险',
  'ui.checkInForm.risks.remove': '删除风险 {number}',
  'ui.checkInForm.learnings': '心得',
  'ui.checkInForm.learnings.hint': '你们学到的东西,留给“未来的你”或设定类似目标的队友。',
  'ui.checkInForm.learnings.item': '心得 {number}',
  'ui.checkInForm.learnings.add': '添加心得',
  'ui.checkInForm.learnings.remove': '删除心得 {number}',
  'ui.checkInForm.submit': '提交核查',
  'ui.checkInForm.summary': '提交核查前,请修正以下问题:',
}

/** RetrospectiveForm. */
export const uiZhRetrospectiveForm: Section<typeof uiEnRetrospectiveForm> = {
  'ui.retrospectiveForm.title': '回顾:{period}',
  'ui.retrospectiveForm.intro':
    '通过给每个关键成果一个最终分数来结束本时间段。使用回顾,反思你们的 OKR 以及下次设置时可以改进的地方。',
  'ui.retrospectiveForm.readOnly': '只读:你无权编辑此回顾。',
  'ui.retrospectiveForm.noPeriod': '此文档中没有时间段“{periodId}”。',
  'ui.retrospectiveForm.empty': '此时间段没有目标。',
  'ui.retrospectiveForm.finalScores': '最终分数',
  'ui.retrospectiveForm.finalScores.hint':
    '使用介于 0 和 1 之间的滑尺:0.3 = 我们没有达到目标,0.7 = 我们非常接近目标,1 = 我们完全达到了目标。',
  'ui.retrospectiveForm.objectiveScore': '目标分数',
  'ui.retrospectiveForm.resolved.checkIn': '{date} 的核查记录为 {score}。',
  'ui.retrospectiveForm.resolved.measure': '根据衡量值计算为 {score}。',
  'ui.retrospectiveForm.resolved.done': '里程碑已完成:{score}。',
  'ui.retrospectiveForm.resolved.notDone': '里程碑尚未完成:{score}。',
  'ui.retrospectiveForm.resolved.none': '尚无可用于评分的数据。',
  'ui.retrospectiveForm.finalScore.invalid': '请输入 0 到 1 之间的最终分数,例如 0.7。',
  'ui.retrospectiveForm.wentWell': '进展顺利的方面',
  'ui.retrospectiveForm.wentWell.hint': '哪些做法值得团队保持?',
  'ui.retrospectiveForm.wentWell.item': '进展顺利的方面,第 {number} 项',
  'ui.retrospectiveForm.wentWell.add': '添加进展顺利的方面',
  'ui.retrospectiveForm.wentWell.remove': '删除进展顺利的方面第 {number} 项',
  'ui.retrospectiveForm.toImprove': '可以改进的地方',
  'ui.retrospectiveForm.toImprove.hint': '下次设置 OKR 时,你们会改进什么?',
  'ui.retrospectiveForm.toImprove.item': '可以改进的地方,第 {number} 项',
  'ui.retrospectiveForm.toImprove.add': '添加可以改进的地方',
  'ui.retrospectiveForm.toImprove.remove': '删除可以改进的地方第 {number} 项',
  'ui.retrospectiveForm.submit': '保存回顾',
  'ui.retrospectiveForm.summary': '保存回顾前,请修正以下问题:',
}

/** Live hints next to editor fields (KeyResultEditor, ObjectiveEditor, OkrSetEditor). */
export const uiZhFieldHint: Section<typeof uiEnFieldHint> = {
  'ui.fieldHint.error': '错误:',
  'ui.fieldHint.warning': '警告:',
  'ui.fieldHint.info': '提示:',
  'ui.fieldHint.format': '{severity}{message}',
  'ui.fieldHint.withSuggestion': '{severity}{message}{suggestion}',
}

/** Number fields that keep unfinished text (KeyResultEditor). */
export const uiZhNumberField: Section<typeof uiEnNumberField> = {
  'ui.numberField.notANumber':
    '“{text}”还不是数字。它会保留在这里,但不会保存:已保存的值仍是 {saved}。',
  'ui.numberField.notANumber.unset': '“{text}”还不是数字。它会保留在这里,但不会保存。',
  'ui.numberField.empty': '请输入一个数字。在此之前,已保存的值仍是 {saved}。',
}

/** KeyResultEditor. */
export const uiZhKeyResultEditor: Section<typeof uiEnKeyResultEditor> = {
  'ui.keyResultEditor.legend': '关键成果',
  'ui.keyResultEditor.title': '标题',
  'ui.keyResultEditor.title.hint':
    '以成果为导向,而不是以活动为导向:“页面浏览量增加 5%”,而不是“创建 5 个网页”。',
  'ui.keyResultEditor.measure': '衡量方式',
  'ui.keyResultEditor.measure.metric': '数值指标',
  'ui.keyResultEditor.measure.metric.hint': '从起始值到目标值,例如净推荐值从 32 提高到 50。',
  'ui.keyResultEditor.measure.milestone': '里程碑',
  'ui.keyResultEditor.measure.milestone.hint': '完成或未完成,可设截止日期。',
  'ui.keyResultEditor.start': '起始值',
  'ui.keyResultEditor.target': '目标值',
  'ui.keyResultEditor.unit': '单位',
  'ui.keyResultEditor.current': '当前值',
  'ui.keyResultEditor.current.none': '尚未衡量',
  'ui.keyResultEditor.done': '已完成',
  'ui.keyResultEditor.notDone': '未完成',
  'ui.keyResultEditor.due': '截止日期',
  'ui.keyResultEditor.due.none': '无截止日期',
  'ui.keyResultEditor.owner': '负责人',
  'ui.keyResultEditor.owner.hint': '团队中负责跟踪其进度的一个人。',
  'ui.keyResultEditor.ownerId.hint': '团队中负责跟踪其进度的那个人的 id。',
  'ui.keyResultEditor.owner.none': '尚未分配负责人',
  'ui.keyResultEditor.owner.unknown': '未知人员({id})',
  'ui.keyResultEditor.weight': '权重',
  'ui.keyResultEditor.weight.hint': '在目标分数中所占的比重;0 表示不计入。',
  'ui.keyResultEditor.readOnly': '只读:你不能编辑此关键成果。',
}

/** ObjectiveEditor. */
export const uiZhObjectiveEditor: Section<typeof uiEnObjectiveEditor> = {
  'ui.objectiveEditor.legend': '目标',
  'ui.objectiveEditor.title': '标题',
  'ui.objectiveEditor.title.hint': '定性的、远大的:你们想要完成什么,而不是怎么做。',
  'ui.objectiveEditor.description': '描述',
  'ui.objectiveEditor.level': '层级',
  'ui.objectiveEditor.level.company': '公司',
  'ui.objectiveEditor.level.team': '团队',
  'ui.objectiveEditor.level.individual': '个人',
  'ui.objectiveEditor.commitment': '承诺类型',
  'ui.objectiveEditor.commitment.aspirational': '延伸目标',
  'ui.objectiveEditor.commitment.aspirational.hint':
    '按约 50/50 的几率设定的挑战:得分 0.7 即为成功。',
  'ui.objectiveEditor.commitment.committed': '承诺目标',
  'ui.objectiveEditor.commitment.committed.hint': '团队预期完全达成(1.0)。',
  'ui.objectiveEditor.parent': '对齐到',
  'ui.objectiveEditor.parent.none': '无(顶层目标)',
  'ui.objectiveEditor.parent.unknown': '未知目标({id})',
  'ui.objectiveEditor.owner': '负责人',
  'ui.objectiveEditor.ownerId.hint': '负责此目标的人员 id。',
  'ui.objectiveEditor.owner.none': '无负责人',
  'ui.objectiveEditor.owner.unknown': '未知人员({id})',
  'ui.objectiveEditor.untitled': '未命名',
  'ui.objectiveEditor.keyResults': '关键成果',
  'ui.objectiveEditor.keyResults.hint': '3 至 5 项,每项都具体且可衡量。',
  'ui.objectiveEditor.keyResults.empty': '还没有关键成果。',
  'ui.objectiveEditor.keyResult': '关键成果 {number}',
  'ui.objectiveEditor.addKeyResult': '添加关键成果',
  'ui.objectiveEditor.removeKeyResult': '删除',
  'ui.objectiveEditor.moveUp': '上移',
  'ui.objectiveEditor.moveDown': '下移',
  'ui.objectiveEditor.removed': '已删除关键成果“{title}”。',
  'ui.objectiveEditor.restored': '已恢复关键成果“{title}”。',
  'ui.objectiveEditor.moved': '已将关键成果“{title}”移到第 {position} 位(共 {count} 项)。',
  'ui.objectiveEditor.undo': '撤销',
  'ui.objectiveEditor.readOnly': '只读:你不能编辑此目标。',
}

/** OkrSetEditor. */
export const uiZhOkrSetEditor: Section<typeof uiEnOkrSetEditor> = {
  'ui.okrSetEditor.heading': '{team}在{period}的 OKR',
  'ui.okrSetEditor.heading.noTeam': '{period}的 OKR',
  'ui.okrSetEditor.heading.noPeriod': 'OKR',
  'ui.okrSetEditor.team': '团队',
  'ui.okrSetEditor.period': '时间段',
  'ui.okrSetEditor.noPeriod': '此文档还没有时间段:请先添加一个时间段,再为其设定 OKR。',
  'ui.okrSetEditor.empty': '此时间段还没有目标。请确定 1 至 3 个目标。',
  'ui.okrSetEditor.objective': '目标 {number}',
  'ui.okrSetEditor.untitled': '未命名',
  'ui.okrSetEditor.template': '起点',
  'ui.okrSetEditor.template.blank': '空白目标',
  'ui.okrSetEditor.template.okrSets': 'OKR 示例(含关键成果)',
  'ui.okrSetEditor.template.examples': '目标示例',
  'ui.okrSetEditor.addObjective': '添加目标',
  'ui.okrSetEditor.removeObjective': '删除目标',
  'ui.okrSetEditor.removed': '已删除目标“{title}”。',
  'ui.okrSetEditor.restored': '已恢复目标“{title}”。',
  'ui.okrSetEditor.undo': '撤销',
  'ui.okrSetEditor.carryOver': '沿用{period}未完成的目标({count} 个)',
  'ui.okrSetEditor.carryOver.hint':
    '复制得分未达到 1.0 的目标和关键成果;指标从最近一次衡量值开始。',
  'ui.okrSetEditor.carriedOver': '已从{period}沿用的目标:{count} 个。',
  'ui.okrSetEditor.summary': '待检查事项({count})',
  'ui.okrSetEditor.summary.issue': '{place}:{message}',
  'ui.okrSetEditor.summary.set': '此 OKR 集',
  'ui.okrSetEditor.summary.checkIns': '检查记录',
}
