// The dance engine and the map parser load on first need: a studio answers once they have, and a
// map opened before then plays as soon as the engine arrives. (Other tests load both up front:
// test/setup/engines.ts.) A fresh copy of the studio's modules is imported here, with neither
// loaded.
import { describe, expect, it, vi } from 'vitest';
import { newMap, startSession } from '../../src/core';
import { DEFAULT_SEED } from '../../src/studio';
import { fakeRunner } from './fakeRunner';
import { model } from './models';

async function freshStudioModules() {
  vi.resetModules();
  const studio = await import('../../src/studio');
  const engine = await import('../../src/studio/danceEngine');
  const parser = await import('../../src/studio/mapParser');
  return { ...studio, ...engine, ...parser };
}

describe('engines loaded on first need', () => {
  it('plays a map opened before the dance engine had loaded, once it has', async () => {
    const studio = await freshStudioModules();
    expect(studio.isDanceEngineLoaded()).toBe(false);
    const s = studio.createStudio({ analysis: fakeRunner() });
    s.send({ type: 'document.load', map: model('protest-polka'), source: 'builtIn' });
    expect(studio.phaseOf(s.getSnapshot())).toBeNull();
    await vi.waitFor(() => expect(studio.phaseOf(s.getSnapshot())).toBe('playing'));
    expect(studio.isDanceEngineLoaded()).toBe(true);
  });

  it('builds the first map’s dance ahead, in short tasks, and plays exactly that dance', async () => {
    const studio = await freshStudioModules();
    const sessions = await import('../../src/studio/danceSessions');
    const prepare = vi.spyOn(sessions, 'prepareFreshSession');
    const s = studio.createStudio({ analysis: fakeRunner() });
    const polka = model('protest-polka');
    s.send({ type: 'document.load', map: polka, source: 'builtIn' });
    await vi.waitFor(() => expect(studio.phaseOf(s.getSnapshot())).toBe('playing'));
    expect(prepare).toHaveBeenCalledOnce();
    expect(prepare.mock.calls[0]!.slice(0, 3)).toEqual([polka, DEFAULT_SEED, false]);
    const played = studio.danceOf(s.getSnapshot())!.session;
    // The very session built ahead, the same as one built at once.
    const ahead = sessions.freshSession(sessions.playable(polka), DEFAULT_SEED, false);
    expect(played).toBe(ahead);
    const atOnce = sessions.completed(
      { map: polka, machine: sessions.playable(polka).machine },
      startSession(sessions.playable(polka).machine, { seed: DEFAULT_SEED }),
    );
    expect(played.snapshots).toEqual(atOnce.snapshots);
  });

  it('plays the latest map asked for while loading, and nothing once it is closed', async () => {
    const studio = await freshStudioModules();
    const s = studio.createStudio({ analysis: fakeRunner() });
    s.send({ type: 'document.load', map: model('protest-polka'), source: 'builtIn' });
    s.send({ type: 'document.load', map: model('freeze-and-flee'), source: 'builtIn' });
    await vi.waitFor(() => expect(studio.danceOf(s.getSnapshot())?.map.id).toBe('freeze-and-flee'));
    const t = studio.createStudio({ analysis: fakeRunner() });
    t.send({ type: 'document.load', map: model('protest-polka'), source: 'builtIn' });
    t.send({ type: 'document.close' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(studio.danceOf(t.getSnapshot())).toBeNull();
  });

  it('lists maps from their summaries without the parser, and loads it to open one', async () => {
    const studio = await freshStudioModules();
    const { recordOf } = await import('../../src/studio/memoryMapStore');
    const store = studio.memoryMapStore({
      records: { ours: recordOf(newMap('ours', '2026-12-02T10:00:00.000Z'), 1) },
    });
    expect((await store.list()).maps.map((m) => m.id)).toEqual(['ours']);
    expect(studio.mapParser).toThrow(/before it was loaded/);
    expect((await store.load('ours'))?.map.id).toBe('ours');
    expect(studio.mapParser()).toBeTypeOf('function');
  });

  it('says when the dance engine could not load, and tries again with the next map', async () => {
    vi.resetModules();
    let fail = true;
    vi.doMock('../../src/studio/danceSessions', async (original) => {
      if (fail) throw new Error('Failed to fetch dynamically imported module');
      return original();
    });
    const studio = await import('../../src/studio');
    const s = studio.createStudio({ analysis: fakeRunner() });
    expect(studio.danceEngineStatusOf(s.getSnapshot())).toBe('waiting');
    s.send({ type: 'document.load', map: model('protest-polka'), source: 'builtIn' });
    expect(studio.danceEngineStatusOf(s.getSnapshot())).toBe('loading');
    await vi.waitFor(() => expect(studio.danceEngineStatusOf(s.getSnapshot())).toBe('failed'));
    expect(studio.danceOf(s.getSnapshot())).toBeNull();
    fail = false;
    s.send({ type: 'document.load', map: model('freeze-and-flee'), source: 'builtIn' });
    await vi.waitFor(() => expect(studio.danceEngineStatusOf(s.getSnapshot())).toBe('ready'));
    expect(studio.danceOf(s.getSnapshot())?.map.id).toBe('freeze-and-flee');
    vi.doUnmock('../../src/studio/danceSessions');
  });
});
