// The IndexedDB map store, on fake-indexeddb: the MapStore behaviours, and how it fails in a browser.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { wrap, type IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageUnavailableError } from '../../src/studio/mapStore';
import { recordOf } from '../../src/studio/memoryMapStore';
import { idbMapStore } from '../../src/storage/idbMapStore';
import { describeMapStore, mapNamed } from '../studio/mapStoreContract';

/** Opens the database as it stands, to write what no store would. */
async function rawDatabase(factory: IDBFactory): Promise<IDBPDatabase> {
  const db = await wrap(factory.open('cyclemap'));
  if (db === undefined) throw new Error('The test database did not open.');
  return db;
}

async function writeRaw(
  factory: IDBFactory,
  records: Readonly<Record<string, unknown>>,
): Promise<void> {
  await idbMapStore({ indexedDB: factory }).list(); // creates the database
  const db = await rawDatabase(factory);
  const tx = db.transaction('maps', 'readwrite');
  for (const [key, record] of Object.entries(records)) await tx.store.put(record, key);
  await tx.done;
  db.close();
}

/** Sends every `put` into the object store `storeName` through `change` first. */
function interceptPuts(storeName: string, change: (value: unknown) => unknown): void {
  const descriptor = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put');
  const put = descriptor?.value as IDBObjectStore['put'];
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    return put.call(this, this.name === storeName ? change(value) : value, key);
  });
}

describeMapStore('IndexedDB', async (setUp = {}) => {
  // Each test gets its own IndexedDB; its tabs are two stores over it.
  const factory = new IDBFactory();
  if (setUp.records !== undefined) await writeRaw(factory, setUp.records);
  return () => idbMapStore({ ...setUp, indexedDB: factory });
});

describe('IndexedDB map store in a browser that refuses or fails', () => {
  const map = mapNamed('map-a', 'Ours');

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('when IndexedDB cannot be opened, list throws and save says storage is unavailable', async () => {
    const refusing = {
      open: () => {
        throw new DOMException(
          'The user denied permission to access the database.',
          'SecurityError',
        );
      },
    } as unknown as IDBFactory;
    const store = idbMapStore({ indexedDB: refusing });
    const listing = store.list();
    await expect(listing).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(listing).rejects.toThrow(/not letting Cyclemap store maps/);
    expect(await store.save(map, null)).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('when the open request fails, list throws and save says storage is unavailable', async () => {
    const factory = new IDBFactory();
    // A database already at a newer version than this Cyclemap's makes the open request fail.
    const newer = await wrap(factory.open('cyclemap', 99));
    newer?.close();
    const store = idbMapStore({ indexedDB: factory });
    await expect(store.list()).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(await store.save(map, null)).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('where there is no IndexedDB at all, list throws and save says so', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const store = idbMapStore();
    await expect(store.list()).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(await store.save(map, null)).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('a full disk gives "full", and neither the map nor its versions change', async () => {
    const factory = new IDBFactory();
    const store = idbMapStore({ indexedDB: factory });
    await store.save(map, null);
    interceptPuts('versions', () => {
      throw new DOMException('Quota exceeded.', 'QuotaExceededError');
    });
    const result = await store.save({ ...map, title: 'Edited' }, 1);
    expect(result).toMatchObject({ ok: false, reason: 'full' });
    expect(result.ok === false && 'message' in result && result.message).toMatch(
      /device’s storage is full.*not being saved/,
    );
    vi.restoreAllMocks();
    expect(await store.load('map-a')).toEqual({ map, revision: 1 });
    expect(await store.versions('map-a')).toEqual([]);
  });

  it('a map that does not read back as written gives "notVerified"', async () => {
    const store = idbMapStore({ indexedDB: new IDBFactory() });
    // Storage that quietly writes something else: the map's text loses its last character.
    interceptPuts('maps', (value) => {
      const record = value as { text: string };
      return { ...record, text: record.text.slice(0, -1) };
    });
    const result = await store.save(map, null);
    expect(result).toMatchObject({ ok: false, reason: 'notVerified' });
  });

  it('keeps the hand-written broken record verbatim in setAside', async () => {
    const factory = new IDBFactory();
    const broken = { id: 'map-x', text: 'not json at all', revision: 2, title: 'Lost?' };
    await writeRaw(factory, { 'map-x': broken });
    const store = idbMapStore({ indexedDB: factory });
    await store.list();
    await store.save(mapNamed('map-x', 'Over it'), 2);
    await store.save(mapNamed('map-b', 'Another map'), null);
    const db = await rawDatabase(factory);
    expect(await db.get('maps', 'map-x')).toEqual(broken);
    expect(await db.get('setAside', 'map-x')).toMatchObject({ key: 'map-x', record: broken });
    db.close();
  });

  it('reports how much room there is and asks to keep it, when the browser can say', async () => {
    const storage = {
      estimate: () => Promise.resolve({ usage: 2048, quota: 1_000_000 }),
      persisted: () => Promise.resolve(true),
      persist: () => Promise.resolve(true),
    } as unknown as StorageManager;
    const store = idbMapStore({ indexedDB: new IDBFactory(), navigatorStorage: storage });
    expect(await store.estimate()).toEqual({ usage: 2048, quota: 1_000_000, persisted: true });
    expect(await store.persist()).toBe(true);
  });

  it('without navigator.storage, or when it throws, reports nothing and never throws', async () => {
    const none = idbMapStore({ indexedDB: new IDBFactory(), navigatorStorage: null });
    expect(await none.estimate()).toEqual({ usage: null, quota: null, persisted: false });
    expect(await none.persist()).toBe(false);
    const failing = {
      estimate: () => Promise.reject(new Error('denied')),
      persist: () => Promise.reject(new Error('denied')),
    } as unknown as StorageManager;
    const store = idbMapStore({ indexedDB: new IDBFactory(), navigatorStorage: failing });
    expect(await store.estimate()).toEqual({ usage: null, quota: null, persisted: false });
    expect(await store.persist()).toBe(false);
  });
});

describe('IndexedDB map store upgrading a database from version 1', () => {
  it('lists, opens and saves the maps a version-1 database holds, listing them from summaries', async () => {
    const factory = new IDBFactory();
    const old = mapNamed('map-old', 'Kept since version 1');
    // The database as Cyclemap's first schema left it: maps, versions and records set aside.
    const request = factory.open('cyclemap', 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('maps').put(recordOf(old, 4), old.id);
      db.createObjectStore('setAside', { keyPath: 'key' });
      db.createObjectStore('versions', { keyPath: ['id', 'revision'] }).createIndex('byMap', 'id');
    };
    (await wrap(request))?.close();

    const store = idbMapStore({ indexedDB: factory });
    expect((await store.list()).maps).toEqual([
      {
        id: 'map-old',
        title: 'Kept since version 1',
        names: [old.partners[0].name, old.partners[1].name],
        updated: old.updated,
        revision: 4,
      },
    ]);
    expect((await store.load('map-old'))?.map).toEqual(old);
    expect(await store.save({ ...old, title: 'Saved by version 2' }, 4)).toEqual({
      ok: true,
      revision: 5,
    });
    const db = await rawDatabase(factory);
    expect(await db.getAll('summaries')).toMatchObject([{ id: 'map-old', revision: 5 }]);
    db.close();
    expect((await store.list()).maps.map((m) => m.title)).toEqual(['Saved by version 2']);
  });
});
