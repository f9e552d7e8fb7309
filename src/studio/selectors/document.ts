/** Selectors for the document: the map open, whether it can be edited, and its undo history. */
import type { CycleMap } from '../../core';
import type { StudioSnapshot } from '../studio';

/** The map open in the studio (viewed or edited), or null. */
export const documentMapOf = (s: StudioSnapshot): CycleMap | null => s.document.context.map;

/** Whether the map open may be edited (the person's own; built-in maps are edited as a copy). */
export const isEditable = (s: StudioSnapshot): boolean => s.document.context.editable;

const historyOf = (s: StudioSnapshot) => {
  const { map, histories } = s.document.context;
  return map === null ? undefined : histories[map.id];
};

export const canUndo = (s: StudioSnapshot): boolean =>
  isEditable(s) && (historyOf(s)?.past.length ?? 0) > 0;

export const canRedo = (s: StudioSnapshot): boolean =>
  isEditable(s) && (historyOf(s)?.future.length ?? 0) > 0;
