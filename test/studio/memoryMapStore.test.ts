// The in-memory map store: the MapStore behaviours, and the failures it can simulate for studio tests.
import { describe, expect, it } from 'vitest';
import { memoryMapStore } from '../../src/studio';
import { StorageUnavailableError } from '../../src/studio/mapStore';
import { describeMapStore, mapNamed } from './mapStoreContract';

describeMapStore('memory', (setUp = {}) => {
  // Tabs of one page share one memory store.
  const store = memoryMapStore(setUp);
  return Promise.resolve(() => store);
});

describe('memory map store: simulated failures', () => {
  const map = mapNamed('map-a', 'Ours');

  it('starts with the maps it is given, at revision 1', async () => {
    const store = memoryMapStore({ maps: [map] });
    expect(await store.load('map-a')).toEqual({ map, revision: 1 });
  });

  it('when storage is refused, reads throw StorageUnavailableError and saves say so', async () => {
    const store = memoryMapStore({ unavailable: true });
    await expect(store.list()).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(store.load('map-a')).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(await store.save(map, null)).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it.each(['full', 'notVerified'] as const)(
    'a store told to fail with %s says so on every save and writes nothing',
    async (failure) => {
      const store = memoryMapStore({ failWith: failure });
      const result = await store.save(map, null);
      expect(result).toMatchObject({ ok: false, reason: failure });
      expect(result.ok === false && 'message' in result && result.message).toMatch(/download/);
      expect(await store.load('map-a')).toBeNull();
    },
  );

  it('a full disk can arrive later, and saving works again once there is room', async () => {
    const store = memoryMapStore();
    await store.save(map, null);
    store.failWith('full');
    const result = await store.save({ ...map, title: 'Edited' }, 1);
    expect(result.ok === false && result.reason === 'full' && result.message).toMatch(
      /storage is full.*not being saved/,
    );
    store.failWith(null);
    expect(await store.save({ ...map, title: 'Edited' }, 1)).toEqual({ ok: true, revision: 2 });
  });

  it('reports no storage figures and no persistence unless given them', async () => {
    expect(await memoryMapStore().estimate()).toEqual({
      usage: null,
      quota: null,
      persisted: false,
    });
    expect(await memoryMapStore().persist()).toBe(false);
    const granted = memoryMapStore({
      estimate: { usage: 10, quota: 100, persisted: false },
      grantsPersistence: true,
    });
    expect(await granted.persist()).toBe(true);
    expect(await granted.estimate()).toEqual({ usage: 10, quota: 100, persisted: true });
  });
});
