// What every MapStore does, run against the memory store and the IndexedDB one alike.
import { describe, expect, it } from 'vitest';
import { newMap, serializeCycleMap, type CycleMap } from '../../src/core';
import type { MapStore } from '../../src/studio/mapStore';

export interface StoreSetUp {
  /** Raw records to find in storage, by key, as a hand edit or a damaged disk might leave them. */
  readonly records?: Readonly<Record<string, unknown>>;
  readonly now?: () => string;
  readonly minVersionGapMs?: number;
}

/** Opens "tabs": stores over the same storage. */
export type OpenTabs = (setUp?: StoreSetUp) => Promise<() => MapStore>;

const MINUTE = 60_000;
const START = Date.parse('2026-12-01T09:00:00.000Z');

export function mapNamed(
  id: string,
  title: string,
  updated = '2026-12-01T09:00:00.000Z',
): CycleMap {
  return { ...newMap(id, updated), title };
}

/** A clock the test moves by hand. */
export function clock(): { now: () => string; advance: (ms: number) => void } {
  let time = START;
  return { now: () => new Date(time).toISOString(), advance: (ms) => (time += ms) };
}

export function describeMapStore(kind: string, openTabs: OpenTabs): void {
  describe(`${kind}: the MapStore behaviours`, () => {
    it('gives back the map it saved, at revision 1, and lists it', async () => {
      const store = (await openTabs())();
      const map = mapNamed('map-a', 'Protest at bedtime');
      expect(await store.save(map, null)).toEqual({ ok: true, revision: 1 });
      expect(await store.load('map-a')).toEqual({ map, revision: 1 });
      expect(await store.list()).toEqual({
        maps: [
          {
            id: 'map-a',
            title: 'Protest at bedtime',
            names: ['Partner 1', 'Partner 2'],
            updated: map.updated,
            revision: 1,
          },
        ],
        setAside: [],
      });
      expect(await store.load('not-here')).toBeNull();
    });

    it('lists the most recently updated map first', async () => {
      const store = (await openTabs())();
      await store.save(mapNamed('older', 'Older', '2026-11-01T10:00:00.000Z'), null);
      await store.save(mapNamed('newer', 'Newer', '2026-12-01T10:00:00.000Z'), null);
      await store.save(mapNamed('middle', 'Middle', '2026-11-15T10:00:00.000Z'), null);
      const { maps } = await store.list();
      expect(maps.map((map) => map.id)).toEqual(['newer', 'middle', 'older']);
    });

    it('refuses a save from a tab that missed a newer one, and writes nothing', async () => {
      const tab = await openTabs();
      const [first, second] = [tab(), tab()];
      const map = mapNamed('map-a', 'Ours');
      await first.save(map, null);
      const loaded = await second.load('map-a');
      const fromFirst = { ...map, title: 'Saved in the first tab' };
      expect(await first.save(fromFirst, 1)).toEqual({ ok: true, revision: 2 });

      const result = await second.save({ ...loaded!.map, title: 'Stale edit' }, loaded!.revision);
      expect(result).toEqual({
        ok: false,
        reason: 'conflict',
        current: { map: fromFirst, revision: 2 },
      });
      expect(await second.load('map-a')).toEqual({ map: fromFirst, revision: 2 });
      expect(await second.save(mapNamed('map-a', 'Also new here'), null)).toMatchObject({
        ok: false,
        reason: 'conflict',
      });
    });

    it('lets only one of two tabs saving at the same moment win', async () => {
      const tab = await openTabs();
      const [first, second] = [tab(), tab()];
      await first.save(mapNamed('map-a', 'Start'), null);
      const results = await Promise.all([
        first.save(mapNamed('map-a', 'From the first tab'), 1),
        second.save(mapNamed('map-a', 'From the second tab'), 1),
      ]);
      expect(results.map((result) => (result.ok ? 'saved' : result.reason)).sort()).toEqual([
        'conflict',
        'saved',
      ]);
      expect((await first.load('map-a'))?.revision).toBe(2);
    });

    it('saves a map removed in another tab again as a new one', async () => {
      const tab = await openTabs();
      const [first, second] = [tab(), tab()];
      await first.save(mapNamed('map-a', 'Ours'), null);
      await second.remove('map-a');
      expect(await first.save(mapNamed('map-a', 'Still open here'), 1)).toEqual({
        ok: true,
        revision: 1,
      });
    });

    it('keeps the replaced map as an earlier version, newest first', async () => {
      const time = clock();
      const store = (await openTabs({ now: time.now }))();
      await store.save(mapNamed('map-a', 'First'), null);
      time.advance(10 * MINUTE);
      await store.save(mapNamed('map-a', 'Second'), 1);
      time.advance(10 * MINUTE);
      await store.save(mapNamed('map-a', 'Third'), 2);
      const versions = await store.versions('map-a');
      expect(versions.map((version) => [version.revision, version.map.title])).toEqual([
        [2, 'Second'],
        [1, 'First'],
      ]);
      expect(versions[0]!.savedAt).toBe(time.now());
      expect(await store.versions('no-such-map')).toEqual([]);
    });

    it('keeps versions at least the gap apart, but always the first one', async () => {
      const time = clock();
      const store = (await openTabs({ now: time.now, minVersionGapMs: 5 * MINUTE }))();
      await store.save(mapNamed('map-a', 'v1'), null);
      for (let revision = 1; revision <= 6; revision += 1) {
        time.advance(MINUTE);
        await store.save(mapNamed('map-a', `v${revision + 1}`), revision);
      }
      // Saved every minute: v1 is kept at once, and v6, replaced five minutes after that, next.
      const versions = await store.versions('map-a');
      expect(versions.map((version) => version.map.title)).toEqual(['v6', 'v1']);
      expect(Date.parse(versions[0]!.savedAt) - Date.parse(versions[1]!.savedAt)).toBe(5 * MINUTE);
    });

    it('keeps only the 20 newest versions of a map', async () => {
      const time = clock();
      const store = (await openTabs({ now: time.now }))();
      await store.save(mapNamed('map-a', 'v1'), null);
      for (let revision = 1; revision <= 25; revision += 1) {
        time.advance(6 * MINUTE);
        await store.save(mapNamed('map-a', `v${revision + 1}`), revision);
      }
      const versions = await store.versions('map-a');
      expect(versions).toHaveLength(20);
      expect(versions[0]!.revision).toBe(25);
      expect(versions.at(-1)!.revision).toBe(6);
      expect((await store.load('map-a'))?.revision).toBe(26);
    });

    it('removes a map together with its versions', async () => {
      const time = clock();
      const store = (await openTabs({ now: time.now }))();
      await store.save(mapNamed('map-a', 'One'), null);
      await store.save(mapNamed('map-a', 'Two'), 1);
      await store.save(mapNamed('map-b', 'Other'), null);
      await store.remove('map-a');
      expect(await store.load('map-a')).toBeNull();
      expect(await store.versions('map-a')).toEqual([]);
      expect((await store.list()).maps.map((map) => map.id)).toEqual(['map-b']);
    });

    it('sets an unreadable record aside and never saves over it', async () => {
      const broken = { id: 'map-x', text: '{"format": "cyclemap", "vers', revision: 3 };
      const tab = await openTabs({ records: { 'map-x': broken } });
      const store = tab();
      await store.save(mapNamed('map-a', 'Readable'), null);

      const listed = await store.list();
      expect(listed.maps.map((map) => map.id)).toEqual(['map-a']);
      expect(listed.setAside.map((record) => record.key)).toEqual(['map-x']);
      expect(listed.setAside[0]!.reason).toMatch(/JSON/);
      expect(await store.load('map-x')).toBeNull();

      for (const base of [null, 3]) {
        const result = await store.save(mapNamed('map-x', 'Would overwrite'), base);
        expect(result).toMatchObject({ ok: false, reason: 'unavailable' });
        expect(result.ok === false && 'message' in result && result.message).toMatch(
          /set it aside/,
        );
      }
      await store.save(mapNamed('map-a', 'Readable, again'), 1);
      expect((await tab().list()).setAside).toEqual(listed.setAside);
    });

    it('lists a map from its record without reading it; one that does not read is set aside when opened', async () => {
      const damaged = {
        id: 'map-z',
        text: '{"format": "cyclemap", "vers',
        revision: 2,
        title: 'Damaged inside',
        names: ['Ana', 'Dev'],
        updated: '2026-11-30T10:00:00.000Z',
      };
      const tab = await openTabs({ records: { 'map-z': damaged } });
      const store = tab();
      expect((await store.list()).maps).toEqual([
        {
          id: 'map-z',
          title: 'Damaged inside',
          names: ['Ana', 'Dev'],
          updated: '2026-11-30T10:00:00.000Z',
          revision: 2,
        },
      ]);
      expect(await store.load('map-z')).toBeNull();
      const listed = await tab().list();
      expect(listed.maps).toEqual([]);
      expect(listed.setAside.map((record) => record.key)).toEqual(['map-z']);
      expect(listed.setAside[0]?.reason).toMatch(/JSON/);
      const result = await store.save(mapNamed('map-z', 'Would overwrite'), 2);
      expect(result).toMatchObject({ ok: false, reason: 'unavailable' });
    });

    it('sets aside records of the wrong shape, each with its reason', async () => {
      const good = mapNamed('map-y', 'Kept under another key');
      const tab = await openTabs({
        records: {
          'no-text': { id: 'no-text', revision: 1 },
          'bad-revision': { id: 'bad-revision', text: '{}', revision: 'two' },
          'wrong-key': { id: 'wrong-key', text: serializeCycleMap(good), revision: 1 },
          'not-a-map': { id: 'not-a-map', text: '{"format": "somethingElse"}', revision: 1 },
        },
      });
      const { maps, setAside } = await tab().list();
      expect(maps).toEqual([]);
      expect(setAside.map((record) => record.key).sort()).toEqual([
        'bad-revision',
        'no-text',
        'not-a-map',
        'wrong-key',
      ]);
      for (const record of setAside) expect(record.reason).toMatch(/^[A-Z].*\.$/);
    });
  });
}
