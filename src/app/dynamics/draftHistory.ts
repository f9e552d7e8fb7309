/**
 * For a built-in pattern, which cannot be edited: the unsaved copy of its dynamics the Dynamics
 * view explores, with undo and redo of its own. Each drag of a slider is one step, as in the editor.
 */
import type { Dynamics } from '../../core';
import type { Couple, ModelFigure } from './modelFigures';

export interface DraftHistory {
  readonly past: readonly Couple[];
  readonly present: Couple;
  readonly future: readonly Couple[];
  /** A slider is being moved: its next change belongs to the same step. */
  readonly open: boolean;
}

export type DraftChange =
  | {
      readonly kind: 'set';
      readonly partner: 0 | 1;
      readonly figure: ModelFigure;
      readonly value: number;
    }
  | { readonly kind: 'done' }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }
  /** Back to `to` (the pattern's own figures), itself a step that can be undone. */
  | { readonly kind: 'reset'; readonly to: Couple }
  /** Both partners' figures at once (a fit's "Use these dynamics"): one step that can be undone. */
  | { readonly kind: 'replace'; readonly couple: Couple }
  /** A fresh copy of another pattern, with no history. */
  | { readonly kind: 'start'; readonly couple: Couple };

export const draftOf = (couple: Couple): DraftHistory => ({
  past: [],
  present: couple,
  future: [],
  open: false,
});

const withFigure = (couple: Couple, partner: 0 | 1, figure: ModelFigure, value: number): Couple => {
  const changed: Dynamics = { ...couple[partner], [figure]: value };
  return partner === 0 ? [changed, couple[1]] : [couple[0], changed];
};

/**
 * @example
 * let draft = draftOf(couple);
 * draft = changeDraft(draft, { kind: 'set', partner: 0, figure: 'inertia', value: 0.8 });
 * draft = changeDraft(draft, { kind: 'undo' }); // draft.present is couple again
 */
export function changeDraft(draft: DraftHistory, change: DraftChange): DraftHistory {
  const { past, present, future } = draft;
  switch (change.kind) {
    case 'set': {
      if (present[change.partner][change.figure] === change.value) return draft;
      const next = withFigure(present, change.partner, change.figure, change.value);
      return draft.open
        ? { ...draft, present: next }
        : { past: [...past, present], present: next, future: [], open: true };
    }
    case 'done':
      return draft.open ? { ...draft, open: false } : draft;
    case 'undo': {
      const before = past[past.length - 1];
      if (before === undefined) return draft;
      return {
        past: past.slice(0, -1),
        present: before,
        future: [present, ...future],
        open: false,
      };
    }
    case 'redo': {
      const [after, ...rest] = future;
      if (after === undefined) return draft;
      return { past: [...past, present], present: after, future: rest, open: false };
    }
    case 'reset':
      return present[0] === change.to[0] && present[1] === change.to[1]
        ? draft
        : { past: [...past, present], present: change.to, future: [], open: false };
    case 'replace':
      return { past: [...past, present], present: change.couple, future: [], open: false };
    case 'start':
      return draftOf(change.couple);
  }
}
