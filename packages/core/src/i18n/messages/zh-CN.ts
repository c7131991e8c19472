import type { Messages } from './en'

/** 简体中文目录。术语取自 OKR 演练:目标、关键成果、负责人、分数。 */
export const zhCN: Messages = {
  // parse
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

  // scores and grades
  'grade.missed': '未达到',
  'grade.close': '接近',
  'grade.met': '达到',
  'grade.missed.description': '我们没有达到目标。',
  'grade.close.description': '我们非常接近目标。',
  'grade.met.description': '我们完全达到了目标。也许我们未来应该设定更难的目标。',
  'provenance.manual': '由团队评分',
  'provenance.computed': '根据衡量值计算',
  'provenance.rolled-up': '由关键成果汇总',

  // confidence
  'ambition.aspirational.safe':
    '过于保守:有 {percent}% 的把握,这个目标很可能会达到。请提高目标,直到团队认为实现与未实现的几率约为 50/50。',
  'ambition.aspirational.stretch':
    '有挑战性的延伸目标:有 {percent}% 的把握,预计得分约为 0.7,这值得庆祝。',
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

  // status
  'status.on-track': '正常',
  'status.off-track': '偏离',
  'status.at-risk': '有风险',
  'status.on-track.description': '达到或超过了本月的里程碑。',
  'status.off-track.description': '落后于此时预期应达到的进度。',
  'status.at-risk.description': '进度正常,但存在可能导致偏离的已知风险。',
  'status.stale': '本月尚未核查进度',

  // periods and status
  'period.quarter': '{year}年第{quarter}季度',
  'period.fiscal_quarter': '{year}财年第{quarter}季度',
  'period.year': '{year}年',
  'period.fiscal_year': '{year}财年',
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

  // lint
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
  'lint.kr_target_equals_start':
    '目标值与起始值相同({start}),无法衡量进度。请设定一个不同于起始值的目标。',
  'lint.kr_not_measurable': '此关键成果没有可衡量的数字。请添加指标、目标值或截止日期。',
  'lint.kr_is_activity':
    '此关键成果描述的是活动(“{verb}”),而不是成果。KR 是衡量工作的标准,而不是工作本身。',
  'lint.kr_is_activity.suggestion':
    '请思考:完成这项工作后,客户会有什么变化?衡量这种变化:用“页面浏览量增加 5%”,而不是“创建 5 个网页”。',
  'lint.checkin_unknown_key_result': '此进度核查对应的关键成果“{keyResultId}”不在文档中。',
  'lint.checkin_outside_period': '此进度核查的日期 {date} 不在其时间段内({start} 至 {end})。',
}
