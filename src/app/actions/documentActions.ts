/** The document's actions: an edit of the map, the end of one, and undo and redo. */
import type { MapEdit } from '../../core';
import { canRedo, canUndo, isEditable } from '../../studio';
import type { Action } from './action';

/** Ctrl on most keyboards, ⌘ on a Mac: either one. */
const withCommand = (event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey'>) =>
  event.ctrlKey || event.metaKey;

export const edit: Action<MapEdit> = {
  name: 'edit',
  label: 'Edit the map',
  enabled: isEditable,
  perform: (studio, change) => studio.send({ type: 'document.edit', edit: change }),
};

/** Leaving a field closes its step of undo: typing there again is a new step. */
export const endEdit: Action = {
  name: 'endEdit',
  label: 'Finish this edit',
  enabled: isEditable,
  perform: (studio) => studio.send({ type: 'document.endEdit' }),
};

export const undo: Action = {
  name: 'undo',
  label: 'Undo',
  shortcut: 'Control+Z Meta+Z',
  keyTest: (event) => withCommand(event) && !event.shiftKey && event.key.toLowerCase() === 'z',
  // Undo works from inside a text field too: the map's history, not the field's, is the one kept.
  inFields: true,
  enabled: canUndo,
  perform: (studio) => studio.send({ type: 'document.undo' }),
};

export const redo: Action = {
  name: 'redo',
  label: 'Redo',
  shortcut: 'Shift+Control+Z Shift+Meta+Z',
  keyTest: (event) => withCommand(event) && event.shiftKey && event.key.toLowerCase() === 'z',
  inFields: true,
  enabled: canRedo,
  perform: (studio) => studio.send({ type: 'document.redo' }),
};
