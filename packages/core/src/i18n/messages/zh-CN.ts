import type {
  enConfidence,
  enCsv,
  enLint,
  enParse,
  enPeriod,
  enReport,
  enScore,
  enStatus,
  Messages,
} from './en'
import { mergeMessages } from './merge-messages'

/** A section's keys, translated. */
type Section<English> = Record<keyof English, string>

/** 简体中文目录,按领域分节,与英文目录顺序一致。术语取自 OKR 演练:目标、关键成果、负责人、分数。 */

/** Reading a document: its shape and its values. */
export const zhParse: Section<typeof enParse> = {
  'parse.not_a_document': '文档必须是一个 JSON 对象。',
  'parse.reserved_key': '不允许使用键“{key}”:它可能篡改对象原型。',
  'parse.too_deep': '嵌套层级超过 {maximum} 层。',
  'parse.cyclic': '此值包含其自身:文档必须是纯数据构成的树。',
  'parse.unsupported_schema_version':
    '此文档使用格式版本 {found};当前版本的 okrkit 最高只能读取版本 {supported}。请升级 okrkit 后再读取。',
  'parse.invalid_schema_version': 'schemaVersion 必须是 1 到 {supported} 之间的整数。',
  'parse.invalid_type': '应为 {expected},实际为 {received}。',
  'parse.required': '此字段为必填项({expected})。',
  'parse.unknown_key': '未知字段“{key}”。宿主应用的数据请放在“meta”中。',
  'parse.invalid_value': '必须是以下之一:{options}。',
  'parse.invalid_date': '必须是 YYYY-MM-DD 格式的日期。',
  'parse.not_finite': '必须是有限的数字。',
  'parse.too_small': '不能小于 {minimum}。',
  'parse.too_big': '不能大于 {maximum}。',
  'parse.too_short': '不能为空。',
  'parse.too_long': '不能超过 {maximum} 个字符。',
  'parse.too_many': '最多只能有 {maximum} 项。',
  'parse.invalid_json': '必须是 JSON 值(不能是函数、日期对象或 undefined)。',
  'parse.invalid': '值无效。',
  'parse.duplicate_id': '{collection} 中的 id“{id}”重复使用。',
  'parse.period_end_before_start': '时间段的结束日期({end})早于开始日期({start})。',
  'parse.kr_target_equals_start':
    '目标值与起始值相同({start}),无法衡量进度。请设定一个不同于起始值的目标。',
}

/** Scores: grades and where a score comes from. */
export const zhScore: Section<typeof enScore> = {
  'grade.missed': '未达到',
  'grade.close': '接近',
  'grade.met': '达到',
  'grade.missed.description': '我们没有达到目标。',
  'grade.close.description': '我们非常接近目标。',
  'grade.met.description': '我们完全达到了目标。也许我们未来应该设定更难的目标。',
  'provenance.manual': '由团队评分',
  'provenance.computed': '根据衡量值计算',
  'provenance.rolled-up': '由关键成果汇总',
}

/** Confidence: ambition advice, target calibration, portfolio health. */
export const zhConfidence: Section<typeof enConfidence> = {
  'ambition.aspirational.safe':
    '过于保守:有 {percent}% 的把握,这个目标很可能会达到。请提高目标,直到团队认为实现与未实现的几率约为 50/50。',
  'ambition.aspirational.stretch':
    '有挑战性的延伸目标:有 {percent}% 的把握,预计得分约为 {expected}。得分接近 0.7 就是成功,而不是失败。',
  'ambition.aspirational.unrealistic':
    '不切实际:只有 {percent}% 的把握,团队可能会失去动力。请降低目标或将其拆分。',
  'ambition.committed.safe': '可靠的承诺:有 {percent}% 的把握,团队预计能完全达成。',
  'ambition.committed.stretch':
    '作为承诺风险较高:只有 {percent}% 的把握,请降低目标或改为愿景型目标。',
  'ambition.committed.unrealistic':
    '这不是承诺:只有 {percent}% 的把握,团队并不期望达成。请重新商定范围或改为愿景型目标。',
  'confidence.calibration_not_finite': '请输入数字。',
  'confidence.calibration_no_stretch': '50/50 结果与起始值({start})相同:没有可延伸的空间。',
  'confidence.calibration_order':
    '80/20 结果({eightyTwenty})必须介于起始值({start})和 50/50 结果({fiftyFifty})之间。',
  'confidence.portfolio_all_met':
    '全部 {count} 个分数都是 1.0:目标不够远大。下次请设定更难的目标。',
  'confidence.portfolio_no_status_mix':
    '所有目标都是“{status}”。健康的目标组合应同时有正常和偏离的目标:请确认状态是否如实。',
  'confidence.portfolio_average_high': '平均分为 {average},远高于 0.7:目标可能过于保守。',
  'confidence.portfolio_average_low':
    '平均分为 {average},远低于 0.7:目标可能遥不可及,或工作需要支持。',
}

/** Statuses and the pace behind a suggested status. */
export const zhStatus: Section<typeof enStatus> = {
  'status.on-track': '正常',
  'status.off-track': '偏离',
  'status.at-risk': '有风险',
  'status.on-track.description': '达到或超过了本月的里程碑。',
  'status.off-track.description': '落后于此时预期应达到的进度。',
  'status.at-risk.description': '进度正常,但存在可能导致偏离的已知风险。',
  'status.stale': '本月尚未核查进度',
  'pace.team': '团队在 {date} 的核查中报告为“{status}”。',
  'pace.differs': '仅按进度推算,状态应为“{status}”。',
  'pace.on_pace': '已完成目标的 {progress}%,时间已过去 {expected}%:进度正常。',
  'pace.behind': '已完成目标的 {progress}%,时间已过去 {expected}%:略落后于进度。',
  'pace.far_behind': '已完成目标的 {progress}%,时间已过去 {expected}%:明显落后于进度。',
  'pace.milestone_done': '里程碑已完成。',
  'pace.milestone_due': '里程碑尚未完成,截止日期为 {due}。',
  'pace.milestone_overdue': '里程碑尚未完成,已超过截止日期 {due}。',
  'pace.stale': '本月尚未核查进度:此状态未经团队确认。',
  'pace.stale_team': '本月尚未核查进度,最近一次核查在 {date}。',
}

/** Period labels. */
export const zhPeriod: Section<typeof enPeriod> = {
  'period.quarter': '{year}年第{quarter}季度',
  'period.fiscal_quarter': '{year}财年第{quarter}季度',
  'period.year': '{year}年',
  'period.fiscal_year': '{year}财年',
}

/** CSV import. */
export const zhCsv: Section<typeof enCsv> = {
  'csv.empty': 'CSV 没有表头行。请以 toCsv 写出的列名作为第一行。',
  'csv.unclosed_quote': '第 {row} 行:带引号的单元格(第 {cell} 格)没有结束引号。',
  'csv.invalid_quote':
    '第 {row} 行:第 {cell} 格的结束引号后还有文字。在带引号的单元格中,引号要写两次("")。',
  'csv.missing_column': '表头行缺少“{column}”列。',
  'csv.unknown_column': '未知列“{column}”。可用的列为:{columns}。',
  'csv.duplicate_column': '“{column}”列在表头行中出现了不止一次。',
  'csv.extra_cells': '第 {row} 行:第 {cell} 格有值,但表头行中没有对应的列名。',
  'csv.not_a_number':
    '第 {row} 行 {column}:“{value}”不是数字。请用阿拉伯数字书写,小数用点号,例如 -2.5。',
  'csv.not_a_boolean': '第 {row} 行 {column}:“{value}”必须是 true 或 false。',
  'csv.not_applicable':
    '第 {row} 行 {column}:{type} 类型的关键成果没有 {column}。请留空该单元格或修改 kr_type。',
  'csv.objective_mismatch':
    '第 {row} 行 {column}:“{value}”与第 {firstRow} 行(“{first}”)不同。请在目标的每一行重复相同的值,或留空。',
  'csv.unknown_period':
    '第 {row} 行 {column}:时间段“{periodId}”的日期未知。请按 2026-Q1、2026-03 或 2026 的格式命名,或导入到已包含该时间段的文档中。',
  'csv.at': '第 {row} 行 {column}:{message}',
}

/** The Markdown report and starter documents. */
export const zhReport: Section<typeof enReport> = {
  'report.title': 'OKR 月度更新:{month}',
  'report.period': '{label}:{start} 至 {end}',
  'report.as_of': '分数截至 {date}。',
  'report.legend':
    '分数介于 0 和 1 之间:0.3 表示没有达到目标,0.7 表示非常接近,1.0 表示达到。趋势:每月月底的分数,· 表示尚未核查。',
  'report.scorecard': '计分卡',
  'report.objective': '目标',
  'report.key_result': '关键成果',
  'report.team': '团队',
  'report.owner': '负责人',
  'report.score': '分数',
  'report.progress': '进度',
  'report.trend': '趋势',
  'report.grade': '评级',
  'report.status': '状态',
  'report.forecast': '预测',
  'report.check_ins': '本月核查',
  'report.what': '发生了什么',
  'report.why': '为什么',
  'report.so_what': '意味着什么',
  'report.headwinds': '阻力',
  'report.tailwinds': '助力',
  'report.decisions': '决策',
  'report.risks': '风险',
  'report.learnings': '心得',
  'report.confidence': '信心 {percent}%',
  'report.no_check_in': '本月尚未核查进度。',
  'report.none': '本月没有。',
  'report.no_objectives': '{month}没有进行中的目标。',
  'starter.team': '我的团队',
}

/** The playbook linter. */
export const zhLint: Section<typeof enLint> = {
  'lint.objective_count':
    '该团队在此时间段有 {count} 个目标。请确定 {min} 至 {max} 个目标,让团队专注于最重要的事项。',
  'lint.kr_count': '此目标有 {count} 项关键成果。请为每个目标设定 {min} 至 {max} 项关键成果。',
  'lint.kr_missing_owner': '此关键成果没有负责人。请分配一名团队负责人来跟踪它的进度。',
  'lint.kr_unknown_owner': '此关键成果的负责人“{ownerId}”不在文档的人员中。',
  'lint.objective_unknown_owner': '此目标的负责人“{ownerId}”不在文档的人员中。',
  'lint.objective_unknown_team': '此目标所属的团队“{teamId}”不在文档的团队中。',
  'lint.objective_unknown_period': '此目标的时间段“{periodId}”不在文档的时间段中。',
  'lint.objective_unknown_parent':
    '此目标对齐的上级目标“{parentId}”不在此文档中。如果它应该在此文档中,请检查 id。',
  'lint.objective_alignment_cycle':
    '目标的对齐关系形成了循环({cycle})。目标不能直接或间接地对齐到自身。',
  'lint.objective_reads_like_metric':
    '此目标写出了目标值,读起来像一项关键成果。目标应该是定性的、远大的;请把数字放到它的关键成果中。',
  'lint.objective_reads_like_metric.suggestion':
    '请思考这个数字代表什么,并把它作为目标:例如目标“让企业客户惊喜”,关键成果“将 NPS 从 30 提高到 50”。',
  'lint.set_too_safe':
    '此远大目标的每项关键成果(共 {count} 项)的信心都不低于 {threshold}:目标显得过于保守。延伸目标应按大约 50/50 的几率设定 1.0。',
  'lint.set_too_safe.forecast':
    '此远大目标的每项关键成果(共 {count} 项)预计都能达到 1.0:目标显得过于保守。健康的目标组合应同时有进展顺利和进度落后的关键成果。',
  'lint.set_too_safe.suggestion':
    '请提高目标,直到团队对每项关键成果达到 1.0 的把握大约只有一半;如果必须完全达成,请将该目标设为承诺型目标。',
  'lint.kr_target_equals_start':
    '目标值与起始值相同({start}),无法衡量进度。请设定一个不同于起始值的目标。',
  'lint.kr_not_measurable': '此关键成果没有可衡量的数字。请添加指标、目标值或截止日期。',
  'lint.kr_not_measurable.suggestion':
    '请添加目标值:从 X 到 Y,何时完成。例如“6 月 30 日前将周活跃用户从 4000 提高到 6000”;里程碑需要截止日期。',
  'lint.kr_is_activity':
    '此关键成果描述的是活动(“{verb}”),而不是成果。KR 是衡量工作的标准,而不是工作本身。',
  'lint.kr_is_activity.suggestion':
    '请思考:完成这项工作后,客户或业务会有什么不同?衡量这种变化:“将<指标>从 X 提高到 Y”,例如用“页面浏览量增加 5%”,而不是“创建 5 个网页”。',
  'lint.kr_duplicate':
    '此关键成果与同一目标下的另一项关键成果(“{duplicateOfTitle}”)重复。请合并它们,或让每一项衡量不同的内容。',
  'lint.kr_no_quality_counterpart':
    '此关键成果统计的是产出(“{output}”),而该目标没有任何关键成果保障质量。请为它搭配一项质量指标,避免以降低质量为代价达成数字。',
  'lint.kr_no_quality_counterpart.suggestion':
    '例如,将“已解决的帮助台请求单达到 1500 张”与“提交的请求单减少 15%”或“重新打开的工单占比低于 3%”搭配。',
  'lint.checkin_unknown_key_result': '此进度核查对应的关键成果“{keyResultId}”不在文档中。',
  'lint.checkin_outside_period': '此进度核查的日期 {date} 不在其时间段内({start} 至 {end})。',
}

/** 全部简体中文消息。 */
export const zhCN: Messages = /* @__PURE__ */ mergeMessages(
  zhParse,
  zhScore,
  zhConfidence,
  zhStatus,
  zhPeriod,
  zhCsv,
  zhReport,
  zhLint,
)
