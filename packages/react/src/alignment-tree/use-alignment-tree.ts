import {
  indexDocument,
  type Objective,
  type OkrDocument,
  type RollUpResult,
  rollUp,
  type Score,
} from '@okrkit/core'
import { type KeyboardEvent, useCallback, useMemo, useRef, useState } from 'react'
import { useControllableState } from '../internal/use-controllable-state'
import { useToday } from '../internal/use-today'
import { useOkrI18n } from '../provider/use-okr-context'

export interface UseAlignmentTreeOptions {
  /** The whole document; treated as immutable. */
  document: OkrDocument
  /** Ids of the expanded objectives (controlled). */
  expanded?: readonly string[]
  /** Ids expanded at first (uncontrolled). Default: every objective that has aligned ones. */
  defaultExpanded?: readonly string[]
  /** Called with the new ids whenever an objective is expanded or collapsed. */
  onExpandedChange?: (expanded: string[]) => void
  /** The selected objective's id, or `null` for none (controlled). */
  selectedId?: string | null
  /** The objective selected at first (uncontrolled). Default none. */
  defaultSelectedId?: string | null
  /** Called when the reader selects an objective (click, Enter or Space). */
  onSelect?: (objectiveId: string, objective: Objective) => void
}

/** One objective in the tree, as the view places it. */
export interface AlignmentTreeNode {
  objective: Objective
  /** `aria-level`: 1 for a root. */
  level: number
  /** Position among its siblings (1-based) and their number. */
  positionInSet: number
  setSize: number
  /** The parent the tree places it under (none for roots, cycle members and orphans). */
  parentId: string | undefined
  childIds: readonly string[]
  /** Score of its own key results, and of its whole subtree, from core's `rollUp`. */
  score: Score | undefined
  treeScore: Score | undefined
  teamName: string | undefined
  /** It sits on an alignment loop (and is shown as a root). */
  onCycle: boolean
  /** The parent id it names that is not in the document (it is shown as a root). */
  missingParentId: string | undefined
}

export interface AlignmentTreeState {
  /** Core's roll-up: scores, roots, cycles, orphans. */
  rollUp: RollUpResult
  nodes: ReadonlyMap<string, AlignmentTreeNode>
  /** Ids of the roots, in document order. */
  rootIds: readonly string[]
  /** Ids of the nodes a reader can see (their ancestors expanded), top to bottom. */
  visibleIds: readonly string[]
  isExpanded: (id: string) => boolean
  toggle: (id: string) => void
  selectedId: string | null
  select: (id: string) => void
  /** The node that takes Tab focus (roving tabindex). */
  tabbableId: string | undefined
  /** Moves focus to a node. */
  focus: (id: string) => void
  /** Keyboard model of the WAI-ARIA tree view pattern; put it on the `role="tree"` element. */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void
  /** Tracks which node has focus; put it on the `role="tree"` element. */
  onFocus: (event: { target: EventTarget }) => void
  /** A ref callback for each `role="treeitem"` element. */
  itemRef: (id: string) => (element: HTMLElement | null) => void
}

const TYPE_AHEAD_MS = 500

/**
 * The alignment tree (company → team → individual) as data and behaviour: core's `rollUp`
 * places every objective under the one it aligns to, scores each subtree and reports cycles and
 * orphans; the hook adds expansion (controlled or not), selection, a roving tabindex and the
 * keyboard model of the WAI-ARIA tree view pattern (arrows, Home, End, Enter, Space, `*`,
 * type-ahead).
 *
 * @example
 * const tree = useAlignmentTree({ document: doc, onSelect: (id) => navigate(id) })
 * tree.visibleIds // ['obj-company-customers', 'obj-support-response', …]
 */
export function useAlignmentTree({
  document,
  expanded: expandedProp,
  defaultExpanded,
  onExpandedChange,
  selectedId: selectedProp,
  defaultSelectedId = null,
  onSelect,
}: UseAlignmentTreeOptions): AlignmentTreeState {
  const asOf = useToday()
  const { locale } = useOkrI18n()

  const { result, nodes } = useMemo(() => {
    const index = indexDocument(document)
    const result = rollUp(document, asOf === undefined ? {} : { asOf })
    const onCycle = new Set(result.cycles.flat())
    const missing = new Map(result.orphans.map((o) => [o.objectiveId, o.parentId]))
    const nodes = new Map<string, AlignmentTreeNode>()
    const place = (ids: readonly string[], level: number, parentId: string | undefined) => {
      ids.forEach((id, i) => {
        const located = index.objectives.get(id)
        const entry = result.objectives.get(id)
        // A forest by construction (cycle members are roots); the guard only protects the walk.
        if (!located || !entry || nodes.has(id)) return
        const { value: objective } = located
        nodes.set(id, {
          objective,
          level,
          positionInSet: i + 1,
          setSize: ids.length,
          parentId,
          childIds: entry.childIds,
          score: entry.score,
          treeScore: entry.treeScore,
          teamName:
            objective.teamId === undefined
              ? undefined
              : (index.teams.get(objective.teamId)?.value.name ?? objective.teamId),
          onCycle: onCycle.has(id),
          missingParentId: missing.get(id),
        })
        place(entry.childIds, level + 1, id)
      })
    }
    place(result.rootIds, 1, undefined)
    return { result, nodes }
  }, [document, asOf])

  const [initialExpanded] = useState<readonly string[]>(
    () =>
      defaultExpanded ??
      [...nodes.values()].filter((n) => n.childIds.length > 0).map((n) => n.objective.id),
  )
  const [expanded, setExpanded] = useControllableState<readonly string[]>({
    value: expandedProp,
    defaultValue: initialExpanded,
    onChange: onExpandedChange as ((ids: readonly string[]) => void) | undefined,
    name: 'AlignmentTree',
  })
  const expandedSet = useMemo(() => new Set(expanded), [expanded])
  const isExpanded = useCallback((id: string) => expandedSet.has(id), [expandedSet])

  const [selectedId, setSelected] = useControllableState<string | null>({
    value: selectedProp,
    defaultValue: defaultSelectedId,
    name: 'AlignmentTree (selection)',
  })

  const visibleIds = useMemo(() => {
    const ids: string[] = []
    const walk = (list: readonly string[]) => {
      for (const id of list) {
        const node = nodes.get(id)
        if (!node) continue
        ids.push(id)
        if (node.childIds.length > 0 && expandedSet.has(id)) walk(node.childIds)
      }
    }
    walk(result.rootIds)
    return ids
  }, [nodes, result.rootIds, expandedSet])

  const [focusedId, setFocusedId] = useState<string | undefined>(undefined)
  // The focused node, or its nearest visible ancestor when a collapse hid it, keeps the tab stop.
  const tabbableId = useMemo(() => {
    const visible = new Set(visibleIds)
    for (
      let id = focusedId ?? selectedId ?? undefined;
      id !== undefined;
      id = nodes.get(id)?.parentId
    ) {
      if (visible.has(id)) return id
    }
    return visibleIds[0]
  }, [visibleIds, focusedId, selectedId, nodes])

  const elements = useRef(new Map<string, HTMLElement>())
  const idsByElement = useRef(new WeakMap<EventTarget, string>())
  const refs = useRef(new Map<string, (element: HTMLElement | null) => void>())
  const itemRef = useCallback((id: string) => {
    let ref = refs.current.get(id)
    if (!ref) {
      ref = (element) => {
        if (element) {
          elements.current.set(id, element)
          idsByElement.current.set(element, id)
        } else {
          elements.current.delete(id)
        }
      }
      refs.current.set(id, ref)
    }
    return ref
  }, [])

  const focus = useCallback((id: string) => {
    setFocusedId(id)
    elements.current.get(id)?.focus()
  }, [])

  const setNodeExpanded = useCallback(
    (ids: readonly string[], open: boolean) =>
      setExpanded((current) => {
        if (ids.every((id) => current.includes(id) === open)) return current
        const next = new Set(current)
        for (const id of ids) {
          if (open) next.add(id)
          else next.delete(id)
        }
        return [...next]
      }),
    [setExpanded],
  )
  const toggle = useCallback(
    (id: string) => setNodeExpanded([id], !expandedSet.has(id)),
    [setNodeExpanded, expandedSet],
  )

  const select = useCallback(
    (id: string) => {
      const node = nodes.get(id)
      if (!node) return
      setSelected(id)
      onSelect?.(id, node.objective)
    },
    [nodes, setSelected, onSelect],
  )

  const typeAhead = useRef({ text: '', time: 0 })
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      const current = tabbableId
      if (current === undefined) return
      const node = nodes.get(current) as AlignmentTreeNode
      const at = visibleIds.indexOf(current)
      const open = node.childIds.length > 0 && expandedSet.has(current)
      let handled = true
      switch (event.key) {
        case 'ArrowDown':
          if (at < visibleIds.length - 1) focus(visibleIds[at + 1] as string)
          break
        case 'ArrowUp':
          if (at > 0) focus(visibleIds[at - 1] as string)
          break
        case 'ArrowRight':
          if (node.childIds.length === 0) break
          if (open) focus(node.childIds[0] as string)
          else setNodeExpanded([current], true)
          break
        case 'ArrowLeft':
          if (open) setNodeExpanded([current], false)
          else if (node.parentId !== undefined) focus(node.parentId)
          break
        case 'Home':
          focus(visibleIds[0] as string)
          break
        case 'End':
          focus(visibleIds[visibleIds.length - 1] as string)
          break
        case 'Enter':
        case ' ':
          select(current)
          break
        case '*': {
          const siblings =
            node.parentId === undefined
              ? result.rootIds
              : (nodes.get(node.parentId)?.childIds ?? [])
          setNodeExpanded(
            siblings.filter((id) => (nodes.get(id)?.childIds.length ?? 0) > 0),
            true,
          )
          break
        }
        default: {
          handled = event.key.length === 1 && event.key.trim() !== ''
          if (!handled) break
          // Type-ahead: the next visible node whose title starts with the letters typed.
          const now = Date.now()
          const buffer = typeAhead.current
          buffer.text = now - buffer.time > TYPE_AHEAD_MS ? event.key : buffer.text + event.key
          buffer.time = now
          const wanted = buffer.text.toLocaleLowerCase(locale)
          const start = buffer.text.length === 1 ? at + 1 : at
          for (let i = 0; i < visibleIds.length; i++) {
            const id = visibleIds[(start + i) % visibleIds.length] as string
            const title = nodes.get(id)?.objective.title.toLocaleLowerCase(locale) ?? ''
            if (title.startsWith(wanted)) {
              focus(id)
              break
            }
          }
        }
      }
      if (handled) event.preventDefault()
    },
    [
      tabbableId,
      nodes,
      visibleIds,
      expandedSet,
      result.rootIds,
      focus,
      setNodeExpanded,
      select,
      locale,
    ],
  )

  const onFocus = useCallback((event: { target: EventTarget }) => {
    const id = idsByElement.current.get(event.target)
    if (id !== undefined) setFocusedId(id)
  }, [])

  return {
    rollUp: result,
    nodes,
    rootIds: result.rootIds,
    visibleIds,
    isExpanded,
    toggle,
    selectedId,
    select,
    tabbableId,
    focus,
    onKeyDown,
    onFocus,
    itemRef,
  }
}
