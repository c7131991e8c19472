import { type IsoDate, toIsoDate } from '@okrkit/core'
import { useEffect, useState } from 'react'
import { useOkrContext } from '../provider/use-okr-context'

/**
 * The provider's `today`, or, when none is injected, the reader's calendar day read from the
 * clock after mounting. `undefined` during server rendering and hydration without a provider
 * `today`, so the server and the first client render agree; components then show what does not
 * depend on the date.
 *
 * @example
 * const today = useToday() // '2026-02-14'
 */
export function useToday(): IsoDate | undefined {
  const { today } = useOkrContext()
  const [clock, setClock] = useState<IsoDate | undefined>(undefined)
  useEffect(() => {
    if (today === undefined) setClock(toIsoDate(new Date()))
  }, [today])
  return today ?? clock
}
