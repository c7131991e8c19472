import type { ComponentPropsWithRef, ReactNode } from 'react'
import { useId } from 'react'
import { WORKSHOP_TIMER_MESSAGES } from '../i18n/catalog'
import { classNames } from '../internal/class-names'
import { useOkrI18n, useThemeAttributes } from '../provider/use-okr-context'
import { type UseWorkshopTimerParams, useWorkshopTimer } from './use-workshop-timer'

export interface WorkshopTimerProps
  extends Omit<ComponentPropsWithRef<'div'>, 'children' | 'defaultValue' | 'onChange'>,
    UseWorkshopTimerParams {
  /** Show the whole agenda as a list under the controls. Default `true`. */
  showAgenda?: boolean | undefined
}

/**
 * Formats milliseconds as m:ss (minutes are not capped at 59). Time left rounds up, so a fresh
 * 10-minute step reads 10:00 and 0:00 only when it is over.
 */
function clockText(ms: number, round: (n: number) => number): string {
  const seconds = Math.max(0, round(ms / 1000))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

interface ControlProps {
  part: string
  enabled: boolean
  onPress: () => void
  children: ReactNode
}

/**
 * A control that stays focusable when it does not apply (`aria-disabled`), so that pressing
 * "Previous" onto the first step does not drop keyboard focus on the page.
 */
function Control({ part, enabled, onPress, children }: ControlProps) {
  return (
    <button
      type="button"
      data-part={part}
      aria-disabled={enabled ? undefined : true}
      onClick={() => {
        if (enabled) onPress()
      }}
    >
      {children}
    </button>
  )
}

/**
 * Runs a facilitated session against the clock, by default the OKR play's agenda
 * (`playbookSteps`): the current step with its summary, the time left, what comes next, start /
 * pause / resume, previous / next and reset, and progress through the agenda. Step changes and
 * "time is up" are announced politely; the countdown is not announced every second. Style hooks:
 * `.okr-WorkshopTimer[data-phase="idle|running|paused|finished"]`, `[data-overtime]`; parts
 * `[data-part="position|title|summary|clock|time-label|time|progress|next-step|controls|toggle|
 * previous|next|reset|agenda|agenda-item|agenda-title|agenda-minutes|announcer"]`; agenda items
 * carry `[data-state="done|current|upcoming"]`, controls that do not apply `[aria-disabled]`.
 *
 * @example
 * <WorkshopTimer onStepChange={(index) => track('okr-step', index)} />
 */
export function WorkshopTimer({
  steps,
  state,
  defaultState,
  onStateChange,
  onStepChange,
  onTimeUp,
  autoAdvance = false,
  clock,
  showAgenda = true,
  className,
  ...rest
}: WorkshopTimerProps) {
  const { t, formatNumber, formatPercent } = useOkrI18n(WORKSHOP_TIMER_MESSAGES)
  const theme = useThemeAttributes()
  const timer = useWorkshopTimer({
    steps,
    state,
    defaultState,
    onStateChange,
    onStepChange,
    onTimeUp,
    autoAdvance,
    clock,
  })
  const { phase, step, nextStep, overtime, elapsedMs, remainingMs } = timer
  const timeLabelId = useId()
  const total = timer.steps.length
  const minutes = (m: number) => t('ui.workshopTimer.minutes', { minutes: formatNumber(m) })

  const announcement =
    phase === 'finished' || step === undefined
      ? t('ui.workshopTimer.finished')
      : overtime && !autoAdvance
        ? t('ui.workshopTimer.timeUp', { title: step.title })
        : t('ui.workshopTimer.stepAnnouncement', {
            index: step.index + 1,
            total,
            title: step.title,
            minutes: minutes(step.minutes),
          })

  const toggleLabel =
    phase === 'running'
      ? t('ui.workshopTimer.pause')
      : elapsedMs > 0
        ? t('ui.workshopTimer.resume')
        : t('ui.workshopTimer.start')

  return (
    <div
      {...theme}
      {...rest}
      className={classNames('okr okr-WorkshopTimer', className)}
      data-part="root"
      data-phase={phase}
      data-overtime={overtime ? '' : undefined}
    >
      <p data-part="position">
        {step
          ? t('ui.workshopTimer.position', { index: step.index + 1, total })
          : t('ui.workshopTimer.finished')}
      </p>
      {step && (
        <>
          <p data-part="title">{step.title}</p>
          {step.summary && <p data-part="summary">{step.summary}</p>}
          <div data-part="clock">
            <span id={timeLabelId} data-part="time-label">
              {overtime ? t('ui.workshopTimer.overtime') : t('ui.workshopTimer.timeLeft')}
            </span>
            <span data-part="time" role="timer" aria-labelledby={timeLabelId}>
              {overtime
                ? `+${clockText(-remainingMs, Math.floor)}`
                : clockText(remainingMs, Math.ceil)}
            </span>
          </div>
        </>
      )}
      <progress
        data-part="progress"
        max={timer.agendaMs}
        value={timer.agendaElapsedMs}
        aria-label={t('ui.workshopTimer.progress')}
        aria-valuetext={formatPercent(
          timer.agendaMs > 0 ? timer.agendaElapsedMs / timer.agendaMs : 1,
        )}
      />
      {step && (
        <p data-part="next-step">
          {nextStep
            ? t('ui.workshopTimer.nextStep', {
                title: nextStep.title,
                minutes: minutes(nextStep.minutes),
              })
            : t('ui.workshopTimer.lastStep')}
        </p>
      )}
      <fieldset data-part="controls">
        <legend className="okr-visually-hidden">{t('ui.workshopTimer.controls')}</legend>
        <Control part="previous" enabled={timer.state.stepIndex > 0} onPress={timer.previous}>
          {t('ui.workshopTimer.previous')}
        </Control>
        <Control part="toggle" enabled={phase !== 'finished'} onPress={timer.toggle}>
          {toggleLabel}
        </Control>
        <Control part="next" enabled={phase !== 'finished'} onPress={timer.next}>
          {nextStep || phase === 'finished'
            ? t('ui.workshopTimer.next')
            : t('ui.workshopTimer.finish')}
        </Control>
        <Control part="reset" enabled={phase !== 'idle'} onPress={timer.reset}>
          {t('ui.workshopTimer.reset')}
        </Control>
      </fieldset>
      {showAgenda && (
        <ol data-part="agenda" aria-label={t('ui.workshopTimer.agenda')}>
          {timer.steps.map((s) => {
            const itemState =
              s.index < timer.state.stepIndex
                ? 'done'
                : s.index === timer.state.stepIndex
                  ? 'current'
                  : 'upcoming'
            return (
              <li
                key={s.id}
                data-part="agenda-item"
                data-state={itemState}
                aria-current={itemState === 'current' ? 'step' : undefined}
              >
                <span data-part="agenda-title">{s.title}</span>
                <span data-part="agenda-minutes">{minutes(s.minutes)}</span>
                {itemState === 'done' && (
                  <span className="okr-visually-hidden">{` (${t('ui.workshopTimer.done')})`}</span>
                )}
              </li>
            )
          })}
        </ol>
      )}
      <div data-part="announcer" className="okr-visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </div>
  )
}
