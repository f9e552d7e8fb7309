// Two tabs on one device: two studios over one store, linked as a BroadcastChannel links tabs.
// No edit is ever lost silently: a tab that is only showing a map follows the newer version; a tab
// with edits of its own keeps them and lets the person choose.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newMap, type CycleMap } from '../../src/core';
import {
  AUTOSAVE_MS,
  conflictsOf,
  createStudio,
  documentMapOf,
  isAllSaved,
  ownMapsOf,
  saveProblemOf,
  type MapStore,
  type Studio,
} from '../../src/studio';
import { memoryMapChannels } from '../../src/studio/mapChannel';
import { memoryMapStore } from '../../src/studio/memoryMapStore';
import { fakeRunner } from './fakeRunner';

const NOW = '2026-12-02T10:00:00.000Z';

async function settle(ms = 0): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

const setTrigger = (studio: Studio, text: string) =>
  studio.send({
    type: 'document.edit',
    edit: { kind: 'setLayer', partner: 0, layer: 'trigger', text },
  });
const triggerIn = (studio: Studio) =>
  documentMapOf(studio.getSnapshot())?.partners[0].layers.trigger;

/** A store with one saved map, and two tabs with it open. */
async function twoTabs(): Promise<{ store: MapStore; a: Studio; b: Studio }> {
  const store = memoryMapStore();
  await store.save(newMap('ours', NOW), null);
  const tab = memoryMapChannels();
  const open = () => createStudio({ analysis: fakeRunner(), maps: store, channel: tab() });
  const a = open();
  const b = open();
  await settle();
  for (const studio of [a, b]) studio.send({ type: 'library.open', id: 'ours' });
  await settle();
  return { store, a, b };
}

describe('two tabs on the same map', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a tab only showing the map follows the other tab’s saved edits', async () => {
    const { store, a, b } = await twoTabs();
    setTrigger(a, 'the door closes');
    await settle(AUTOSAVE_MS);
    expect((await store.load('ours'))?.map.partners[0].layers.trigger).toBe('the door closes');
    expect(triggerIn(b)).toBe('the door closes');
    // And b's next edit is based on the newer version: it saves, with nothing refused.
    setTrigger(b, 'the door closes, quietly');
    await settle(AUTOSAVE_MS);
    expect((await store.load('ours'))?.revision).toBe(3);
    expect(triggerIn(a)).toBe('the door closes, quietly');
    expect(conflictsOf(a.getSnapshot())).toEqual([]);
    expect(saveProblemOf(b.getSnapshot())).toBeNull();
  });

  it('a tab with edits of its own keeps them, and saves them as a copy when asked', async () => {
    const { store, a, b } = await twoTabs();
    setTrigger(a, 'from tab A');
    setTrigger(b, 'from tab B');
    await settle(AUTOSAVE_MS);
    // One of them saved first; the other did not save over it, and kept its words.
    const saved = (await store.load('ours'))!.map.partners[0].layers.trigger;
    const [winner, other] = saved === 'from tab A' ? [a, b] : [b, a];
    expect(conflictsOf(winner.getSnapshot())).toEqual([]);
    expect(conflictsOf(other.getSnapshot())).toMatchObject([{ id: 'ours' }]);
    expect(isAllSaved(other.getSnapshot())).toBe(false);
    const mine = triggerIn(other);
    expect(mine).not.toBe(saved);

    // A later edit in the tab with the conflict is kept too, and still not saved over the other.
    setTrigger(other, `${mine} (and more)`);
    await settle(AUTOSAVE_MS * 2);
    expect((await store.load('ours'))!.map.partners[0].layers.trigger).toBe(saved);

    other.send({
      type: 'library.keepCopy',
      id: 'ours',
      newId: 'ours-kept',
      title: 'Ours (kept from this window)',
      now: NOW,
    });
    await settle(AUTOSAVE_MS);
    const copy = await store.load('ours-kept');
    expect(copy?.map.partners[0].layers.trigger).toBe(`${mine} (and more)`);
    expect(copy?.map.title).toBe('Ours (kept from this window)');
    expect((await store.load('ours'))!.map.partners[0].layers.trigger).toBe(saved);
    expect(conflictsOf(other.getSnapshot())).toEqual([]);
    expect(isAllSaved(other.getSnapshot())).toBe(true);
    // The first tab hears of the new map and lists it.
    await settle();
    expect(ownMapsOf(winner.getSnapshot()).map((m) => m.id)).toContain('ours-kept');
  });

  it('or lets its edits go for the other tab’s version, when the person chooses that', async () => {
    const { store, a, b } = await twoTabs();
    setTrigger(a, 'from tab A');
    setTrigger(b, 'from tab B');
    await settle(AUTOSAVE_MS);
    const saved = (await store.load('ours'))!;
    const other = saved.map.partners[0].layers.trigger === 'from tab A' ? b : a;
    other.send({ type: 'library.useNewer', id: 'ours' });
    await settle(AUTOSAVE_MS);
    expect(triggerIn(other)).toBe(saved.map.partners[0].layers.trigger);
    expect(conflictsOf(other.getSnapshot())).toEqual([]);
    expect(isAllSaved(other.getSnapshot())).toBe(true);
    expect((await store.load('ours'))!.revision).toBe(saved.revision);
  });

  it('a save refused as stale becomes a choice, never an overwrite', async () => {
    const { store, b } = await twoTabs();
    // Another tab (without a channel: an older Cyclemap, say) saves a newer version.
    const stored = (await store.load('ours'))!;
    const newer: CycleMap = { ...stored.map, title: 'Saved elsewhere' };
    await store.save(newer, stored.revision);
    setTrigger(b, 'from tab B');
    await settle(AUTOSAVE_MS);
    expect((await store.load('ours'))!.map.title).toBe('Saved elsewhere');
    expect(conflictsOf(b.getSnapshot())).toMatchObject([
      { id: 'ours', newerTitle: 'Saved elsewhere' },
    ]);
    b.send({ type: 'library.useNewer', id: 'ours' });
    await settle(AUTOSAVE_MS);
    expect(documentMapOf(b.getSnapshot())?.title).toBe('Saved elsewhere');
    expect(conflictsOf(b.getSnapshot())).toEqual([]);
    expect(isAllSaved(b.getSnapshot())).toBe(true);
    // Undo cannot bring back what the other tab replaced.
    b.send({ type: 'document.undo' });
    expect(documentMapOf(b.getSnapshot())?.title).toBe('Saved elsewhere');
  });

  it('a map deleted in another tab leaves the list; edits here save it anew', async () => {
    const { store, a, b } = await twoTabs();
    a.send({ type: 'library.delete', id: 'ours' });
    await settle();
    expect(ownMapsOf(b.getSnapshot())).toEqual([]);
    setTrigger(b, 'still here');
    await settle(AUTOSAVE_MS);
    expect((await store.load('ours'))?.map.partners[0].layers.trigger).toBe('still here');
    expect(saveProblemOf(b.getSnapshot())).toBeNull();
  });

  it('a delete asked for while a save is under way waits for it, and both happen', async () => {
    const store = memoryMapStore();
    const studio = createStudio({ analysis: fakeRunner(), maps: store });
    await settle();
    studio.send({ type: 'maps.create', map: newMap('one', NOW), open: false });
    studio.send({ type: 'maps.create', map: newMap('two', NOW), open: true });
    studio.send({ type: 'library.flush' });
    studio.send({ type: 'library.delete', id: 'one' });
    await settle(AUTOSAVE_MS * 3);
    expect(await store.load('one')).toBeNull();
    expect((await store.load('two'))?.revision).toBe(1);
    setTrigger(studio, 'after');
    await settle(AUTOSAVE_MS);
    expect((await store.load('two'))?.revision).toBe(2);
    expect(conflictsOf(studio.getSnapshot())).toEqual([]);
  });
});
