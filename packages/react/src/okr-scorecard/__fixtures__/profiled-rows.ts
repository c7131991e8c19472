import { createElement, type FC, memo, Profiler } from 'react'
import type * as KeyResultRowModule from '../../objective-scorecard/key-result-row'
import type { KeyResultRowProps } from '../../objective-scorecard/key-result-row'
import type * as ScorecardRowsModule from '../scorecard-rows'

// For vi.mock factories: every memoised row wrapped in a <Profiler> named after what it shows,
// keeping the row's own memo, so `rendered` lists exactly the rows React rendered.

function profiled<P extends object>(
  component: unknown,
  name: (props: P) => string,
  rendered: string[],
) {
  const Row = (component as { type: FC<P> }).type
  return memo((props: P) =>
    createElement(
      Profiler,
      {
        id: name(props),
        onRender: (id: string) => {
          rendered.push(id)
        },
      },
      createElement(Row, props),
    ),
  )
}

export function profileKeyResultRow(
  original: typeof KeyResultRowModule,
  rendered: string[],
): typeof KeyResultRowModule {
  return {
    ...original,
    KeyResultRow: profiled(
      original.KeyResultRow,
      (props: KeyResultRowProps) => `kr:${props.summary.keyResult.id}`,
      rendered,
    ) as unknown as typeof original.KeyResultRow,
  }
}

export function profileScorecardRows(
  original: typeof ScorecardRowsModule,
  rendered: string[],
): typeof ScorecardRowsModule {
  return {
    ...original,
    ObjectiveRow: profiled(
      original.ObjectiveRow,
      (p: { objective: { id: string } }) => `objective:${p.objective.id}`,
      rendered,
    ) as unknown as typeof original.ObjectiveRow,
    TeamRow: profiled(
      original.TeamRow,
      (p: { teamName?: string }) => `team:${p.teamName}`,
      rendered,
    ) as unknown as typeof original.TeamRow,
  }
}
