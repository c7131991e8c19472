import { type ObjectiveSample, objectiveSample as sample } from './types'

const PLAY = 'play: example objective (its Chinese text)'
const TEAM = 'written for the corpus: team objective, typical phrasing'
const METRIC = 'written for the corpus: a KR written as an objective, typical mistake'
const HARD = 'written for the corpus: hard case'

/** Chinese objectives used to tune the heuristics. */
export const zhCNObjectives: readonly ObjectiveSample[] = [
  sample('提高客户满意度', false, PLAY),
  sample('加快产品开发', false, PLAY),
  sample('扩大市场覆盖面', false, PLAY),
  sample('提高团队工作效率', false, PLAY),
  sample('为未来而构建', false, PLAY),
  sample('赢得人心', false, PLAY),
  sample('成为一家人工智能公司', false, PLAY),
  sample('提高优先产品的参与度', false, PLAY),
  sample('扩大业务团队的采用率', false, PLAY),
  sample('增加销售收入', false, PLAY),

  sample('收入增长 20%', true, METRIC),
  sample('让企业客户惊喜', false, TEAM),
  sample('年度经常性收入达到 1000 万元', true, METRIC),
  sample('打造顺畅无阻的新用户体验', false, TEAM),
  sample('流失率降到 3% 以下', true, METRIC),
  sample('成为小型代理商的首选平台', false, TEAM),
  sample('交付稳定、快速的结账体验', false, TEAM),
  sample('月活跃用户突破 100 万', true, METRIC),
  sample('打造一流的客服团队', false, TEAM),
  sample('NPS 达到 60', true, METRIC),
  sample('基础设施成本降低三分之一', true, METRIC),
  sample('销售线索翻倍', true, METRIC),
  sample('让工程师更高效', false, TEAM),
  sample('赢得中型企业市场', false, TEAM),
  sample('可用性达到 99.99%', true, METRIC),
  sample('建立学习型文化', false, TEAM),
  sample('让 2026 年成为质量之年', false, HARD),
  sample('进入三个新国家', true, HARD),
  sample('成为独立零售商的第一选择', false, HARD),
  sample('在东南亚建立强大的影响力', false, TEAM),
  sample('转化率从 2% 提升到 3%', true, METRIC),
  sample('保护客户的数据安全', false, TEAM),
  sample('壮大开发者社区', false, TEAM),
  sample('把 P99 延迟控制在 300 毫秒以内', true, METRIC),
  sample('让平台支撑 10 倍流量', true, METRIC),
  sample('实现 500 万元签约额', true, METRIC),
  sample('每月客户升级投诉少于 5 起', true, METRIC),
  sample('让每个团队都能自助分析数据', false, TEAM),
  sample('赢得受监管行业的信任', false, TEAM),
  sample('实现盈利', false, TEAM),
]
