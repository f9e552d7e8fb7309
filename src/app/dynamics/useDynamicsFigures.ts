/**
 * The figures the Dynamics view shows, and how its sliders change them: on one's own map, through the
 * editor's actions (each drag one undoable step of the map); on a built-in pattern, an unsaved copy
 * held here with its own undo, redo and reset, since a pattern is never edited in place.
 */
import { useCallback, useReducer, useState } from 'react';
import { modelDynamicsInRange, type CycleMap, type Dynamics, type ModelDynamics } from '../../core';
import { canRedo, canUndo } from '../../studio';
import { useDispatch } from '../actions/useActions';
import { useStudioSelector } from '../studio/StudioContext';
import { changeDraft, draftOf } from './draftHistory';
import { MODEL_FIGURES, type Couple, type ModelFigure } from './modelFigures';

export interface DynamicsFigures {
  readonly couple: Couple;
  /** Whether the sliders edit the map itself (one's own) or an unsaved copy (a pattern). */
  readonly editsMap: boolean;
  readonly change: (partner: 0 | 1, figure: ModelFigure, value: number) => void;
  /** The slider was left: the next change is a new step of undo. */
  readonly done: () => void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undo: () => void;
  readonly redo: () => void;
  /** Only for a pattern's copy: back to the pattern's own figures; null when they are shown. */
  readonly reset: (() => void) | null;
  /** Both partners' eight figures at once (a fit's "Use these dynamics"), one step of undo. */
  readonly useAll: (dynamics: readonly [ModelDynamics, ModelDynamics]) => void;
}

/**
 * `d` with the eight model figures of `figures`, each held to the map's range (a fit can give an
 * inertia of 1.02, where the plane has no nullclines); a figure that is not a number is left as it was.
 */
function withFigures(d: Dynamics, figures: ModelDynamics): Dynamics {
  const held = modelDynamicsInRange(figures).dynamics;
  const next = { ...d };
  for (const key of MODEL_FIGURES) if (Number.isFinite(held[key])) next[key] = held[key];
  return next;
}

const coupleOf = (map: CycleMap): Couple => [map.partners[0].dynamics, map.partners[1].dynamics];

/** `map` with both partners' dynamics from `couple` (a pattern's explored copy, to keep). */
export function withCouple(map: CycleMap, couple: Couple): CycleMap {
  const [first, second] = map.partners;
  return {
    ...map,
    partners: [
      { ...first, dynamics: couple[0] },
      { ...second, dynamics: couple[1] },
    ],
  };
}

export function useDynamicsFigures(map: CycleMap, editable: boolean): DynamicsFigures {
  const run = useDispatch();
  const undoable = useStudioSelector(canUndo);
  const redoable = useStudioSelector(canRedo);
  const [draft, change] = useReducer(changeDraft, map, (m) => draftOf(coupleOf(m)));
  // Another pattern opened in the same view starts a fresh copy.
  const [draftFor, setDraftFor] = useState(map.id);
  if (draftFor !== map.id) {
    setDraftFor(map.id);
    change({ kind: 'start', couple: coupleOf(map) });
  }
  const own = useCallback(
    (partner: 0 | 1, figure: ModelFigure, value: number) =>
      run('edit', { kind: 'setDynamics', partner, key: figure, value }),
    [run],
  );
  const ownDone = useCallback(() => run('endEdit', undefined), [run]);
  const copy = useCallback(
    (partner: 0 | 1, figure: ModelFigure, value: number) =>
      change({ kind: 'set', partner, figure, value }),
    [],
  );
  const copyDone = useCallback(() => change({ kind: 'done' }), []);
  const ownAll = useCallback(
    (dynamics: readonly [ModelDynamics, ModelDynamics]) => {
      const held = [
        modelDynamicsInRange(dynamics[0]).dynamics,
        modelDynamicsInRange(dynamics[1]).dynamics,
      ] as const;
      run('edit', { kind: 'setModelDynamics', dynamics: held });
      run('endEdit', undefined);
    },
    [run],
  );
  if (editable) {
    return {
      couple: coupleOf(map),
      editsMap: true,
      change: own,
      done: ownDone,
      canUndo: undoable,
      canRedo: redoable,
      undo: () => run('undo', undefined),
      redo: () => run('redo', undefined),
      reset: null,
      useAll: ownAll,
    };
  }
  const original = coupleOf(map);
  const changed = draft.present.some((d, i) => d !== original[i]);
  return {
    couple: draft.present,
    editsMap: false,
    change: copy,
    done: copyDone,
    canUndo: draft.past.length > 0,
    canRedo: draft.future.length > 0,
    undo: () => change({ kind: 'undo' }),
    redo: () => change({ kind: 'redo' }),
    reset: changed ? () => change({ kind: 'reset', to: original }) : null,
    useAll: (dynamics) =>
      change({
        kind: 'replace',
        couple: [
          withFigures(draft.present[0], dynamics[0]),
          withFigures(draft.present[1], dynamics[1]),
        ],
      }),
  };
}
