// "Open a map file…" with several files at once, and "Download all maps" read back: every good map
// comes into Your maps (a copy when its id is taken, never a replacement), every bad file gets its
// own sentence, nothing stored changes because of a bad file, and nothing in a file is ever run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { CURRENT_VERSION, serializeCycleMap, type CycleMap } from '../../src/core';
import { AUTOSAVE_MS, createStudio, memoryMapStore, type MemoryMapStore } from '../../src/studio';
import { inlineRunner } from '../../src/studio/inlineRunner';
import { jsonFile, mapFile, sampleMap } from './sampleMap';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function renderWith(store: MemoryMapStore) {
  const studio = createStudio({ analysis: inlineRunner({ maxRuns: 5 }), maps: store });
  render(<App studio={studio} onQuickExit={() => {}} />);
  return studio;
}

const ours = sampleMap({ id: 'ours', title: 'Our Sunday loop' });

/** A map file whose names carry markup, which must show as text and never run. */
function hostileFile(): File {
  const map = sampleMap({ id: 'hostile', title: '<img src=x onerror="window.__ran=1">' });
  const text = serializeCycleMap({
    ...map,
    partners: [{ ...map.partners[0], name: '<script>window.__ran=2</script>' }, map.partners[1]],
  }).replace('{', '{"__proto__":{"polluted":true},');
  return jsonFile(text, '<img src=x onerror=alert(1)>.json');
}

describe('opening several map files at once', () => {
  it('adds every good map, names each bad file with its reason, and changes nothing stored', async () => {
    const store = memoryMapStore({ maps: [ours] });
    renderWith(store);
    await screen.findByRole('link', { name: 'Our Sunday loop' });
    const newer = JSON.stringify({ ...JSON.parse(serializeCycleMap(sampleMap())), version: 99 });
    const deep = `{"format":"cyclemap","version":${CURRENT_VERSION},"notes":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const files = [
      mapFile(sampleMap({ id: 'ours', title: 'Same id, other map' })),
      mapFile(sampleMap({ id: 'second', title: 'A second map' })),
      hostileFile(),
      jsonFile('not json at all', 'notes.txt.json'),
      jsonFile(newer, 'from-the-future.cyclemap.json'),
      jsonFile(deep, 'deep.json'),
    ];
    await userEvent.upload(screen.getByLabelText('Open a map file…'), files);

    const alert = await screen.findByText(/Not everything could be opened \(3 problems\)/);
    const problems = within(alert.closest('[role="alert"]') as HTMLElement).getAllByRole(
      'listitem',
    );
    expect(problems.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^“notes\.txt\.json”: This file isn't valid JSON/),
      expect.stringMatching(/^“from-the-future\.cyclemap\.json”: .*newer Cyclemap/),
      expect.stringMatching(/^“deep\.json”: .*nests its data more than/),
    ]);
    expect(screen.getByText(/^Added 3 maps to Your maps:/)).toBeInTheDocument();

    // The map already stored under "ours" is untouched; the file's map came in as a copy.
    await pause(AUTOSAVE_MS + 200);
    expect((await store.load('ours'))?.map.title).toBe('Our Sunday loop');
    const list = screen.getByRole('list', { name: 'Your maps' });
    const titles = within(list)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Our Sunday loop',
        'Same id, other map',
        'A second map',
        '<img src=x onerror="window.__ran=1">',
      ]),
    );
    expect((await store.list()).maps).toHaveLength(4);

    // Markup in names is shown as text: no element was made from it, and nothing ran.
    expect(document.querySelector('img, script:not([src])')).toBeNull();
    expect((window as { __ran?: unknown }).__ran).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names every problem of a file that does not open, each with the file’s name', async () => {
    renderWith(memoryMapStore());
    const text = readFileSync(
      join(import.meta.dirname, '../fixtures/broken/several-problems.json'),
      'utf8',
    );
    await userEvent.upload(screen.getByLabelText('Open a map file…'), jsonFile(text, 'ours.json'));
    const alert = (await screen.findByText(/^Not everything could be opened/)).closest(
      '[role="alert"]',
    ) as HTMLElement;
    const items = within(alert).getAllByRole('listitem');
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const item of items) expect(item.textContent).toMatch(/^“ours\.json”: [A-Z]/);
    expect(items.map((item) => item.textContent).join(' ')).toMatch(/title/i);
  });

  it('opens one good file at once, in its Dance view', async () => {
    renderWith(memoryMapStore());
    await userEvent.upload(
      screen.getByLabelText('Open a map file…'),
      mapFile(sampleMap({ id: 'just-one' })),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Alex and Jo' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe('#/map/just-one/dance');
  });

  it('reads back a file from “Download all maps”, every map as a new copy', async () => {
    const blobs: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:cyclemap/all'),
        revokeObjectURL: vi.fn(),
      }),
    );
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    const second: CycleMap = sampleMap({
      id: 'second',
      title: 'Second',
      updated: '2026-11-30T10:00:00.000Z',
    });
    const store = memoryMapStore({ maps: [ours, second] });
    renderWith(store);
    await screen.findByRole('link', { name: 'Second' });
    await userEvent.click(screen.getByRole('button', { name: 'Download all maps' }));
    await screen.findByText('Downloaded 2 maps in one file.');
    expect(clicked).toEqual([expect.stringMatching(/^cyclemap-maps-\d{4}-\d{2}-\d{2}\.json$/)]);

    const file = new File([await blobs[0]!.text()], clicked[0]!, { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Open a map file…'), file);
    await screen.findByText(/^Added 2 maps to Your maps: “Second”, “Our Sunday loop”\.$/);
    await waitFor(async () => expect((await store.list()).maps).toHaveLength(4));
    expect((await store.load('ours'))?.map.title).toBe('Our Sunday loop');
  });
});
