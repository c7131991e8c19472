import type { CheckInStatus } from '@okrkit/core'
import type { ComponentPropsWithRef } from 'react'
import { STATUS_BADGE_MESSAGES } from '../i18n/catalog'
import { classNames } from '../internal/class-names'
import { useOkrI18n, useThemeAttributes } from '../provider/use-okr-context'

export interface StatusBadgeProps extends Omit<ComponentPropsWithRef<'span'>, 'children'> {
  /** The check-in status; `undefined` shows "no check-in this month". */
  status: CheckInStatus | undefined
  /** The key result had no check-in this month: silence is not green. */
  stale?: boolean
}

/** Shapes as well as colours, so the status never rests on colour alone. */
const ICONS: Record<CheckInStatus, string> = { 'on-track': '●', 'at-risk': '▲', 'off-track': '■' }

/**
 * A check-in status in words with a shape icon; flags stale key results.
 * Style hooks: `.okr-StatusBadge[data-status="at-risk"]`, `[data-stale]`, `[data-part="icon"]`,
 * `[data-part="label"]`.
 *
 * @example
 * <StatusBadge status="at-risk" stale />
 */
export function StatusBadge({
  status,
  stale = false,
  className,
  title,
  ...rest
}: StatusBadgeProps) {
  const { t } = useOkrI18n(STATUS_BADGE_MESSAGES)
  const theme = useThemeAttributes()
  return (
    <span
      {...theme}
      {...rest}
      className={classNames('okr okr-StatusBadge', className)}
      data-part="root"
      data-status={status}
      data-stale={stale ? '' : undefined}
      title={title ?? (stale ? t('status.stale') : undefined)}
    >
      {status && (
        <span data-part="icon" aria-hidden="true">
          {ICONS[status]}
        </span>
      )}
      <span data-part="label">{status ? t(`status.${status}`) : t('status.stale')}</span>
      {stale && status && <span data-part="stale">{`· ${t('ui.status.stale')}`}</span>}
    </span>
  )
}
