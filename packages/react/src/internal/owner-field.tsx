import type { OkrIssue, Person } from '@okrkit/core'
import type { ReactNode } from 'react'
import { EditorField } from './editor-field'
import { type ReferenceLabels, ReferenceSelect } from './reference-select'

export interface OwnerFieldProps {
  /** The control's DOM id. */
  id: string
  /** The field's label. */
  label: ReactNode
  /** Help shown under the control and linked to it. */
  description?: ReactNode
  /** Core's issues about the field, shown as its live messages. */
  issues: readonly OkrIssue[]
  /** The document's people to pick from; without them the owner's id is typed. */
  people: readonly Person[] | undefined
  /** The owner's id; `undefined` for none. */
  value: string | undefined
  /** Called with the picked or typed id, '' for none. */
  onValueChange: (ownerId: string) => void
  /** The texts of the "none" and unknown-id options, from the caller's catalog. */
  labels: ReferenceLabels
}

/** An editor's `ownerId` field: a pick among the document's people, or the id as text without them. */
export function OwnerField({
  id,
  label,
  description,
  issues,
  people,
  value,
  onValueChange,
  labels,
}: OwnerFieldProps) {
  return (
    <EditorField id={id} field="ownerId" label={label} description={description} issues={issues}>
      {(control) =>
        people ? (
          <ReferenceSelect
            {...control}
            value={value}
            onValueChange={onValueChange}
            options={people.map((person) => ({ id: person.id, label: person.name }))}
            labels={labels}
          />
        ) : (
          <input
            {...control}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={value ?? ''}
            onChange={(event) => onValueChange(event.currentTarget.value)}
          />
        )
      }
    </EditorField>
  )
}

/**
 * The owner as read-only text: the person's name, else the id (flagged unknown when there are
 * people to know it by).
 *
 * @example
 * ownerText(kr.ownerId, doc.people, labels) // 'Ana'
 */
export function ownerText(
  ownerId: string | undefined,
  people: readonly Person[] | undefined,
  labels: ReferenceLabels,
): string {
  if (ownerId === undefined) return labels.none
  return (
    people?.find((person) => person.id === ownerId)?.name ??
    (people ? labels.unknown(ownerId) : ownerId)
  )
}
