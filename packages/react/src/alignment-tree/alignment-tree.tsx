import type { CatalogKey, OkrDocument } from '@okrkit/core'
import { type ComponentPropsWithRef, type MouseEvent, memo, useId, useMemo } from 'react'
import { ALIGNMENT_TREE_MESSAGES } from '../i18n/catalog'
import { classNames } from '../internal/class-names'
import { type OkrI18n, useOkrI18n, useThemeAttributes } from '../provider/use-okr-context'
import { ScoreBadge } from '../score-badge/score-badge'
import {
  type AlignmentTreeNode,
  type AlignmentTreeState,
  type UseAlignmentTreeOptions,
  useAlignmentTree,
} from './use-alignment-tree'

export interface AlignmentTreeProps
  extends Omit<ComponentPropsWithRef<'div'>, 'children' | 'onSelect'>,
    UseAlignmentTreeOptions {
  /** The whole document; treated as immutable. */
  document: OkrDocument
}

/** What the rows show of the tree's state; a new object whenever any of it changes. */
interface TreeView {
  isExpanded: AlignmentTreeState['isExpanded']
  selectedId: string | null
  tabbableId: string | undefined
}

interface TreeNodeProps {
  objectiveId: string
  nodes: ReadonlyMap<string, AlignmentTreeNode>
  view: TreeView
  itemRef: AlignmentTreeState['itemRef']
  t: OkrI18n<CatalogKey<typeof ALIGNMENT_TREE_MESSAGES>>['t']
}

/**
 * Whether a node and what it shows of its subtree look the same in both views: a walk of the
 * open part of the subtree, far cheaper than rendering it.
 */
function sameSubtree(previous: TreeNodeProps, next: TreeNodeProps): boolean {
  if (
    previous.objectiveId !== next.objectiveId ||
    previous.nodes !== next.nodes ||
    previous.itemRef !== next.itemRef ||
    previous.t !== next.t
  ) {
    return false
  }
  const [before, after] = [previous.view, next.view]
  if (before === after) return true
  const pending = [next.objectiveId]
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const open = after.isExpanded(id)
    if (
      open !== before.isExpanded(id) ||
      (before.selectedId === id) !== (after.selectedId === id) ||
      (before.tabbableId === id) !== (after.tabbableId === id)
    ) {
      return false
    }
    if (open) pending.push(...(next.nodes.get(id)?.childIds ?? []))
  }
  return true
}

/**
 * One objective and, when open, its subtree. Memoised on what it shows, so opening, closing,
 * selecting or focusing a node re-renders that node and its ancestors, not the whole tree.
 */
const TreeNode = memo(function TreeNode({ objectiveId, nodes, view, itemRef, t }: TreeNodeProps) {
  const node = nodes.get(objectiveId)
  if (!node) return null
  const { objective } = node
  const parent = node.childIds.length > 0
  const open = parent && view.isExpanded(objectiveId)
  const selected = view.selectedId === objectiveId
  // The treeitem holds only its own row, so its name is its own text, not its subtree's;
  // the subtree follows it in a group, and aria-level states the depth.
  return (
    <li role="none" data-part="node">
      <div
        ref={itemRef(objectiveId)}
        role="treeitem"
        aria-level={node.level}
        aria-setsize={node.setSize}
        aria-posinset={node.positionInSet}
        aria-expanded={parent ? open : undefined}
        aria-selected={selected}
        tabIndex={objectiveId === view.tabbableId ? 0 : -1}
        data-part="item"
        data-objective-id={objectiveId}
        data-level={objective.level}
        data-selected={selected ? '' : undefined}
        data-cycle={node.onCycle ? '' : undefined}
        data-orphan={node.missingParentId === undefined ? undefined : ''}
      >
        <span data-part="toggle" aria-hidden="true">
          {parent ? (open ? '▾' : '▸') : ''}
        </span>
        <span data-part="title">{objective.title}</span>{' '}
        <span data-part="meta">
          <span data-part="level">{t(`ui.objectiveScorecard.level.${objective.level}`)}</span>
          {node.teamName !== undefined && (
            <>
              {' · '}
              <span data-part="team">{node.teamName}</span>
            </>
          )}{' '}
          <ScoreBadge score={node.treeScore?.value} provenance="rolled-up" />
          {node.onCycle && (
            <>
              {' '}
              <span data-part="cycle">{t('ui.alignmentTree.cycle')}</span>
            </>
          )}
          {node.missingParentId !== undefined && (
            <>
              {' '}
              <span data-part="orphan">{t('ui.alignmentTree.orphan')}</span>
            </>
          )}
        </span>
      </div>
      {open && (
        // biome-ignore lint/a11y/useSemanticElements: a tree's subtree is a group of treeitems (WAI-ARIA tree view)
        <ul role="group" data-part="group">
          {node.childIds.map((childId) => (
            <TreeNode
              key={childId}
              objectiveId={childId}
              nodes={nodes}
              view={view}
              itemRef={itemRef}
              t={t}
            />
          ))}
        </ul>
      )}
    </li>
  )
}, sameSubtree)

/**
 * How objectives cascade, company → team → individual, as a WAI-ARIA tree view: each objective
 * under the one it aligns to (`parentId`), with its level, team and the score of its whole
 * subtree. Alignment loops and parents missing from the document are flagged on the objectives
 * and listed below the tree. Keyboard: Up / Down move, Right opens or enters, Left closes or
 * goes to the parent, Home / End, Enter or Space select, `*` opens all siblings, typing a letter
 * jumps to the next title starting with it. Read-only.
 *
 * Style hooks: `.okr-AlignmentTree`; `[data-part="item"]` (the `role="treeitem"` row) with
 * `[data-level="company" | "team" | "individual"]`, `[data-selected]`, `[data-cycle]`,
 * `[data-orphan]`, `[aria-expanded]`; parts `tree`, `node`, `group`, `toggle`, `title`, `meta`,
 * `level`, `team`, `cycle`, `orphan`, `issues`, `empty`.
 *
 * @example
 * <AlignmentTree document={doc} onSelect={(id) => setOpenObjective(id)} />
 */
export function AlignmentTree({
  document,
  expanded,
  defaultExpanded,
  onExpandedChange,
  selectedId,
  defaultSelectedId,
  onSelect,
  className,
  'aria-label': ariaLabel,
  'aria-labelledby': ariaLabelledBy,
  ...rest
}: AlignmentTreeProps) {
  const tree = useAlignmentTree({
    document,
    expanded,
    defaultExpanded,
    onExpandedChange,
    selectedId,
    defaultSelectedId,
    onSelect,
  })
  const { t } = useOkrI18n(ALIGNMENT_TREE_MESSAGES)
  const theme = useThemeAttributes()
  const id = useId()
  const { nodes, rollUp: result, isExpanded, tabbableId } = tree
  const view = useMemo(
    () => ({ isExpanded, selectedId: tree.selectedId, tabbableId }),
    [isExpanded, tree.selectedId, tabbableId],
  )
  const title = (objectiveId: string) => nodes.get(objectiveId)?.objective.title ?? objectiveId

  // One handler for the whole tree: a click focuses and selects a node, or toggles it on its arrow.
  const onClick = (event: MouseEvent<HTMLElement>) => {
    const target = event.target as Element
    const objectiveId = target.closest('[role="treeitem"]')?.getAttribute('data-objective-id')
    if (!objectiveId) return
    tree.focus(objectiveId)
    if (target.closest('[data-part="toggle"]')) tree.toggle(objectiveId)
    else tree.select(objectiveId)
  }

  const hasIssues = result.cycles.length > 0 || result.orphans.length > 0
  return (
    <div
      {...theme}
      {...rest}
      className={classNames('okr okr-AlignmentTree', className)}
      data-part="root"
    >
      {tree.rootIds.length === 0 ? (
        <p data-part="empty">{t('ui.alignmentTree.empty')}</p>
      ) : (
        <ul
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA tree view pattern's markup
          role="tree"
          data-part="tree"
          aria-label={ariaLabelledBy ? undefined : (ariaLabel ?? t('ui.alignmentTree.label'))}
          aria-labelledby={ariaLabelledBy}
          onKeyDown={tree.onKeyDown}
          onFocus={tree.onFocus}
          onClick={onClick}
        >
          {tree.rootIds.map((objectiveId) => (
            <TreeNode
              key={objectiveId}
              objectiveId={objectiveId}
              nodes={nodes}
              view={view}
              itemRef={tree.itemRef}
              t={t}
            />
          ))}
        </ul>
      )}
      {hasIssues && (
        <section data-part="issues" aria-labelledby={`${id}-issues`}>
          <p id={`${id}-issues`} data-part="issues-title">
            {t('ui.alignmentTree.issues')}
          </p>
          <ul>
            {result.cycles.map((loop) => (
              <li key={loop.join(' ')} data-part="cycle-issue">
                {t('lint.objective_alignment_cycle', {
                  cycle: [...loop, loop[0] as string].map(title).join(' → '),
                })}
              </li>
            ))}
            {result.orphans.map((orphan) => (
              <li key={orphan.objectiveId} data-part="orphan-issue">
                <span data-part="issue-subject">{title(orphan.objectiveId)}</span>
                {t('ui.alignmentTree.issues.separator')}
                {t('lint.objective_unknown_parent', { parentId: orphan.parentId })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
