import type { UiMessages } from './en'

/** @okrkit/react 的简体中文界面目录;术语与 OKR 演练一致。 */
export const uiZhCN: UiMessages = {
  // shared
  'ui.score': '分数',
  'ui.score.none': '尚未评分',
  'ui.status': '状态',
  'ui.status.stale': '未更新',
  'ui.read_only': '只读',
}
