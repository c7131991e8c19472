import type { Messages } from './en'

/** 简体中文目录。术语取自 OKR 演练:目标、关键成果、负责人、分数。 */
export const zhCN: Messages = {
  // parse
  'parse.not_a_document': '文档必须是一个 JSON 对象。',
  'parse.reserved_key': '不允许使用键“{key}”:它可能篡改对象原型。',
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

  // status
  'status.on-track': '正常',
  'status.off-track': '偏离',
  'status.at-risk': '有风险',
  'status.on-track.description': '达到或超过了本月的里程碑。',
  'status.off-track.description': '落后于此时预期应达到的进度。',
  'status.at-risk.description': '进度正常,但存在可能导致偏离的已知风险。',
  'status.stale': '本月尚未核查进度',
}
