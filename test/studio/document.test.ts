// Editing the document: keystrokes of one field are one step of undo, undo and redo walk the
// steps, history survives leaving the map and coming back, and built-in maps are not edited.
import { describe, expect, it, vi } from 'vitest';
import { newMap, type MapEdit } from '../../src/core';
import {
  canRedo,
  canUndo,
  createStudio,
  danceOf,
  documentMapOf,
  isEditable,
  PREVIEW_DELAY_MS,
} from '../../src/studio';
import { fakeRunner } from './fakeRunner';
import { model } from './models';

const NOW = '2026-12-02T10:00:00.000Z';
const trigger = (text: string): MapEdit => ({
  kind: 'setLayer',
  partner: 0,
  layer: 'trigger',
  text,
});

function editing() {
  const studio = createStudio({ analysis: fakeRunner(), now: () => NOW });
  studio.send({ type: 'maps.create', map: newMap('ours', '2026-12-01T09:00:00.000Z'), open: true });
  const map = () => documentMapOf(studio.getSnapshot())!;
  return { studio, map };
}

describe('editing the document', () => {
  it('typing in one field is one step of undo; leaving the field starts the next', () => {
    const { studio, map } = editing();
    for (const text of ['a', 'a s', 'a sigh'])
      studio.send({ type: 'document.edit', edit: trigger(text) });
    studio.send({ type: 'document.endEdit' });
    studio.send({ type: 'document.edit', edit: trigger('a sigh, then') });
    expect(map().partners[0].layers.trigger).toBe('a sigh, then');
    expect(map().updated).toBe(NOW);
    studio.send({ type: 'document.undo' });
    expect(map().partners[0].layers.trigger).toBe('a sigh');
    studio.send({ type: 'document.undo' });
    expect(map().partners[0].layers.trigger).toBe('');
    expect(canUndo(studio.getSnapshot())).toBe(false);
    studio.send({ type: 'document.redo' });
    studio.send({ type: 'document.redo' });
    expect(map().partners[0].layers.trigger).toBe('a sigh, then');
    expect(canRedo(studio.getSnapshot())).toBe(false);
  });

  it('edits of different fields are separate steps, and a new edit clears redo', () => {
    const { studio, map } = editing();
    studio.send({ type: 'document.edit', edit: { kind: 'setTitle', title: 'Sunday' } });
    studio.send({ type: 'document.edit', edit: { kind: 'setName', partner: 1, name: 'Dev' } });
    studio.send({ type: 'document.undo' });
    expect(map().partners[1].name).toBe('Partner 2');
    expect(map().title).toBe('Sunday');
    studio.send({ type: 'document.edit', edit: { kind: 'setName', partner: 0, name: 'Ana' } });
    expect(canRedo(studio.getSnapshot())).toBe(false);
  });

  it('keeps each map’s history when another map is opened and it comes back', () => {
    const { studio, map } = editing();
    studio.send({ type: 'document.edit', edit: trigger('a sigh') });
    const ours = map();
    studio.send({ type: 'document.load', map: model('protest-polka'), source: 'builtIn' });
    expect(isEditable(studio.getSnapshot())).toBe(false);
    studio.send({ type: 'document.load', map: ours, source: 'library' });
    studio.send({ type: 'document.undo' });
    expect(map().partners[0].layers.trigger).toBe('');
  });

  it('the live preview follows each edit a moment later, once per burst, at the same moment of the dance', () => {
    vi.useFakeTimers();
    try {
      const { studio } = editing();
      studio.send({ type: 'playback.seek', index: 3 });
      const before = danceOf(studio.getSnapshot());
      studio.send({ type: 'document.edit', edit: trigger('the door') });
      vi.advanceTimersByTime(PREVIEW_DELAY_MS / 2);
      studio.send({ type: 'document.edit', edit: trigger('the door closes') });
      // The keystroke is not held up by replaying the dance: that comes after it.
      expect(danceOf(studio.getSnapshot())).toBe(before);
      vi.advanceTimersByTime(PREVIEW_DELAY_MS / 2);
      expect(danceOf(studio.getSnapshot())).toBe(before);
      vi.advanceTimersByTime(PREVIEW_DELAY_MS / 2);
      const dance = danceOf(studio.getSnapshot())!;
      expect(dance.map.partners[0].layers.trigger).toBe('the door closes');
      expect(studio.getSnapshot().playback.context.index).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not edit a built-in teaching map', () => {
    const studio = createStudio({ analysis: fakeRunner() });
    studio.send({ type: 'document.load', map: model('protest-polka'), source: 'builtIn' });
    studio.send({ type: 'document.edit', edit: { kind: 'setTitle', title: 'Mine now' } });
    expect(documentMapOf(studio.getSnapshot())?.title).toBe('Protest Polka');
  });
});
