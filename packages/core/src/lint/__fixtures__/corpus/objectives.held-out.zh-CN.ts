import { type ObjectiveSample, objectiveSample as sample } from './types'

const TEAM = 'written for the corpus: team objective, typical phrasing'
const METRIC = 'written for the corpus: a KR written as an objective, typical mistake'

/** Chinese objectives kept out of tuning: evaluated only. */
export const zhCNHeldOutObjectives: readonly ObjectiveSample[] = [
  sample('让数据值得信赖', false, TEAM),
  sample('数据管道故障减少 50%', true, METRIC),
  sample('始终领先攻击者一步', false, TEAM),
  sample('生产环境高危漏洞清零', true, METRIC),
  sample('把新客户变成忠实粉丝', false, TEAM),
  sample('净收入留存率高于 110%', true, METRIC),
  sample('每一单都准时送达', false, TEAM),
  sample('98% 的订单在 24 小时内发货', true, METRIC),
  sample('帮助学员坚持学完课程', false, TEAM),
  sample('为清洁水源项目筹集 100 万元', true, METRIC),
  sample('打造最好的移动购物体验', false, TEAM),
  sample('海外收入占比提升到 30%', true, METRIC),
]
