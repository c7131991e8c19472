import { type KeyResultSample, sample } from './types'

const O = 'outcome'
const A = 'activity'

const DATA = 'written for the corpus: 数据团队, typical phrasing'
const SEC = 'written for the corpus: 安全团队, typical phrasing'
const LEGAL = 'written for the corpus: 法务团队, typical phrasing'
const DESIGN = 'written for the corpus: 设计团队, typical phrasing'
const CS = 'written for the corpus: 客户成功团队, typical phrasing'
const OPS = 'written for the corpus: 运营 / 物流团队, typical phrasing'
const EDU = 'written for the corpus: 教育团队, typical phrasing'
const NGO = 'written for the corpus: 公益筹款团队, typical phrasing'
const SHOP = 'written for the corpus: 电商团队, typical phrasing'
const MOBILE = 'written for the corpus: 移动端团队, typical phrasing'
const INFRA = 'written for the corpus: 基础设施团队, typical phrasing'
const HARD = 'written for the corpus: hard case'

/** Chinese key results kept out of tuning: evaluated only. */
export const zhCNHeldOutKeyResults: readonly KeyResultSample[] = [
  sample('95% 的看板在数据源更新后 1 小时内刷新', O, true, DATA),
  sample('为财务团队搭建自助指标平台', A, false, DATA),
  sample('临时取数需求减少 40%', O, true, DATA),
  sample('培训 25 名分析师使用 dbt', A, true, DATA),
  sample('业务方反馈的数据质量问题降至每月 2 起', O, true, DATA),
  sample('高危漏洞的平均修复时间少于 14 天', O, true, SEC),
  sample('完成移动端渗透测试', A, false, SEC),
  sample('钓鱼演练点击率低于 4%', O, true, SEC),
  sample('2 月 28 日前为全体员工账号启用多因素认证', A, true, SEC),
  sample('合同审核周期从 10 天缩短到 4 天', O, true, LEGAL),
  sample('起草经销商协议标准条款', A, false, LEGAL),
  sample('发布包含 40 个组件文档的设计系统', A, true, DESIGN),
  sample('可用性测试任务成功率高于 85%', O, true, DESIGN),
  sample('针对新结账流程开展 8 场可用性测试', A, true, DESIGN),
  sample('净收入留存率达到 115%', O, true, CS),
  sample('90% 的新客户在签约后 30 天内上线使用', O, true, HARD),
  sample('与所有战略客户召开季度业务回顾会', A, false, CS),
  sample('准时交付率达到 98%', O, true, OPS),
  sample('拣货差错率低于万分之五', O, true, OPS),
  sample('在成都开设第二个仓配中心', A, false, HARD),
  sample('单票配送成本降低 12%', O, true, OPS),
  sample('课程完课率从 38% 提升至 55%', O, true, EDU),
  sample('为入门课程录制 10 节新课', A, true, EDU),
  sample('筹集 25 万元个人捐款', O, true, NGO),
  sample('举办一场公益晚会', A, false, NGO),
  sample('月度定期捐赠人数增长到 1200 人', O, true, NGO),
  sample('客单价提高到 65 元', O, true, SHOP),
  sample('购物车放弃率从 72% 降到 65%', O, true, SHOP),
  sample('结账页支持 Apple Pay 和微信支付', A, false, SHOP),
  sample('服装类退货率低于 15%', O, true, SHOP),
  sample('用 Kotlin 重写安卓应用', A, false, MOBILE),
  sample('无崩溃会话占比不低于 99.8%', O, true, MOBILE),
  sample('应用商店评分达到 4.6 分以上', O, true, MOBILE),
  sample('将产品翻译成日语和韩语', A, false, MOBILE),
  sample('为所有数据库配置自动备份', A, false, INFRA),
  sample('员工 eNPS 提升 15 分', O, true, HARD),
  sample('推出移动应用并获得 5 万次下载', O, true, HARD),
  sample('8 月前启动数据仓库迁移', A, true, HARD),
  sample('5 月底前交付新的退货门户', A, true, SHOP),
  sample('每季度面向客户的故障少于 2 次', O, true, INFRA),
]
