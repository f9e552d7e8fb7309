// The library under Node with an in-memory store: autosave, nothing written before the first
// listing, storage refused or full said plainly, delete and undo, and opening a map by its id.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newMap } from '../../src/core';
import {
  AUTOSAVE_MS,
  createStudio,
  deletedMapOf,
  documentMapOf,
  isAllSaved,
  isEditable,
  missingMapOf,
  ownMapsOf,
  saveProblemOf,
  versionsOf,
  type MapStore,
  type Studio,
} from '../../src/studio';
import { memoryMapStore } from '../../src/studio/memoryMapStore';
import { fakeRunner } from './fakeRunner';

const NOW = '2026-12-02T10:00:00.000Z';
const blank = (id = 'our-loop') => newMap(id, NOW);

function studioWith(maps: MapStore): Studio {
  return createStudio({ analysis: fakeRunner(), maps, now: () => NOW });
}

/** Lets the store's promises settle and the autosave timer run. */
async function settle(ms = 0): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('the library', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves a new map, and each edit within half a second of the last keystroke', async () => {
    const store = memoryMapStore();
    const studio = studioWith(store);
    await settle();
    studio.send({ type: 'maps.create', map: blank(), open: true });
    expect(isEditable(studio.getSnapshot())).toBe(true);
    await settle(AUTOSAVE_MS);
    expect((await store.load('our-loop'))?.revision).toBe(1);
    for (const text of ['a', 'a s', 'a sigh']) {
      studio.send({
        type: 'document.edit',
        edit: { kind: 'setLayer', partner: 0, layer: 'trigger', text },
      });
      await settle(AUTOSAVE_MS / 5);
    }
    expect(isAllSaved(studio.getSnapshot())).toBe(false);
    await settle(AUTOSAVE_MS);
    const stored = await store.load('our-loop');
    expect(stored?.map.partners[0].layers.trigger).toBe('a sigh');
    expect(stored?.revision).toBe(2);
    expect(isAllSaved(studio.getSnapshot())).toBe(true);
    expect(ownMapsOf(studio.getSnapshot()).map((m) => m.id)).toEqual(['our-loop']);
  });

  it('saves at once when the page is being hidden (flush)', async () => {
    const store = memoryMapStore();
    const studio = studioWith(store);
    await settle();
    studio.send({ type: 'maps.create', map: blank(), open: true });
    await settle(AUTOSAVE_MS);
    studio.send({ type: 'document.edit', edit: { kind: 'setTitle', title: 'Sunday' } });
    studio.send({ type: 'library.flush' });
    await settle();
    expect((await store.load('our-loop'))?.map.title).toBe('Sunday');
  });

  it('saves every waiting map at once when the page is being hidden, not only the first', async () => {
    const store = memoryMapStore();
    const studio = studioWith(store);
    await settle();
    for (const id of ['one', 'two', 'three'])
      studio.send({ type: 'maps.create', map: blank(id), open: false });
    studio.send({ type: 'library.flush' });
    await settle();
    expect((await store.list()).maps.map((m) => m.id).sort()).toEqual(['one', 'three', 'two']);
    expect(isAllSaved(studio.getSnapshot())).toBe(true);
  });

  it('writes nothing before the first listing has finished, then saves what waited', async () => {
    const store = memoryMapStore();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: MapStore = { ...store, list: () => gate.then(() => store.list()) };
    const save = vi.spyOn(slow, 'save');
    const studio = studioWith(slow);
    studio.send({ type: 'maps.create', map: blank(), open: true });
    await settle(AUTOSAVE_MS * 4);
    expect(save).not.toHaveBeenCalled();
    release();
    await settle(AUTOSAVE_MS);
    expect(save).toHaveBeenCalledTimes(1);
    expect((await store.load('our-loop'))?.revision).toBe(1);
  });

  it('when storage is refused, says the maps are not being saved, and editing goes on in memory', async () => {
    const studio = studioWith(memoryMapStore({ unavailable: true }));
    await settle();
    expect(saveProblemOf(studio.getSnapshot())).toMatch(/not being saved on this device/);
    studio.send({ type: 'maps.create', map: blank(), open: true });
    studio.send({ type: 'document.edit', edit: { kind: 'setTitle', title: 'Kept in memory' } });
    expect(documentMapOf(studio.getSnapshot())?.title).toBe('Kept in memory');
  });

  it('when the disk is full, says so, and saves again once it can', async () => {
    const store = memoryMapStore({ failWith: 'full' });
    const studio = studioWith(store);
    await settle();
    studio.send({ type: 'maps.create', map: blank(), open: true });
    await settle(AUTOSAVE_MS);
    expect(saveProblemOf(studio.getSnapshot())).toMatch(/not being saved on this device/);
    store.failWith(null);
    studio.send({ type: 'document.edit', edit: { kind: 'setTitle', title: 'Room again' } });
    await settle(AUTOSAVE_MS);
    expect(saveProblemOf(studio.getSnapshot())).toBeNull();
    expect((await store.load('our-loop'))?.map.title).toBe('Room again');
  });

  it('deletes a map, and Undo brings it back', async () => {
    const store = memoryMapStore({ maps: [blank('one'), blank('two')] });
    const studio = studioWith(store);
    await settle();
    expect(ownMapsOf(studio.getSnapshot())).toHaveLength(2);
    studio.send({ type: 'library.delete', id: 'one' });
    await settle();
    expect(ownMapsOf(studio.getSnapshot()).map((m) => m.id)).toEqual(['two']);
    expect(await store.load('one')).toBeNull();
    expect(deletedMapOf(studio.getSnapshot())?.id).toBe('one');
    studio.send({ type: 'library.undoDelete' });
    await settle(AUTOSAVE_MS);
    expect((await store.load('one'))?.map.id).toBe('one');
    expect(ownMapsOf(studio.getSnapshot())).toHaveLength(2);
  });

  it('opens a stored map by its id, editable; an unknown id is reported as missing', async () => {
    const studio = studioWith(memoryMapStore({ maps: [blank('ours')] }));
    await settle();
    studio.send({ type: 'library.open', id: 'ours' });
    await settle();
    expect(documentMapOf(studio.getSnapshot())?.id).toBe('ours');
    expect(isEditable(studio.getSnapshot())).toBe(true);
    studio.send({ type: 'library.open', id: 'gone' });
    await settle();
    expect(missingMapOf(studio.getSnapshot())).toBe('gone');
  });
});

describe('opening a map by its address', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asked before storage has been read (a reload), opens it once it has', async () => {
    const store = memoryMapStore({ maps: [blank('ours')] });
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const studio = studioWith({ ...store, list: () => gate.then(() => store.list()) });
    studio.send({ type: 'library.open', id: 'ours' });
    await settle();
    expect(documentMapOf(studio.getSnapshot())).toBeNull();
    release();
    await settle();
    expect(documentMapOf(studio.getSnapshot())?.id).toBe('ours');
  });

  it('with storage refused, still opens a map made in this session, from memory', async () => {
    const studio = studioWith(memoryMapStore({ unavailable: true }));
    await settle();
    studio.send({ type: 'maps.create', map: blank('fresh'), open: true });
    studio.send({ type: 'document.close' });
    studio.send({ type: 'library.open', id: 'fresh' });
    expect(documentMapOf(studio.getSnapshot())?.id).toBe('fresh');
    studio.send({ type: 'library.open', id: 'never' });
    expect(missingMapOf(studio.getSnapshot())).toBe('never');
  });
});

describe('earlier versions', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('lists the version a save replaced, and restoring it is one edit that Undo takes back', async () => {
    const store = memoryMapStore();
    const studio = studioWith(store);
    await settle();
    studio.send({ type: 'maps.create', map: blank(), open: true });
    await settle(AUTOSAVE_MS);
    studio.send({ type: 'document.edit', edit: { kind: 'setTitle', title: 'Second thoughts' } });
    await settle(AUTOSAVE_MS);
    studio.send({ type: 'library.versions', id: 'our-loop' });
    await settle();
    const versions = versionsOf('our-loop')(studio.getSnapshot());
    expect(versions?.map((v) => v.map.title)).toEqual(['Our cycle']);
    studio.send({ type: 'document.edit', edit: { kind: 'restore', map: versions![0]!.map } });
    expect(documentMapOf(studio.getSnapshot())?.title).toBe('Our cycle');
    expect(documentMapOf(studio.getSnapshot())?.id).toBe('our-loop');
    await settle(AUTOSAVE_MS);
    expect((await store.load('our-loop'))?.map.title).toBe('Our cycle');
    studio.send({ type: 'document.undo' });
    expect(documentMapOf(studio.getSnapshot())?.title).toBe('Second thoughts');
  });
});
