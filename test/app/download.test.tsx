import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { serializeCycleMap } from '../../src/core';
import { sampleMap } from './sampleMap';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('Download map', () => {
  it('saves the map as <id>.cyclemap.json from a Blob URL, with no network request', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:cyclemap/1';
    });
    // jsdom has no object URLs; the stub stands in for the browser's.
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });

    const map = sampleMap();
    render(<App builtInCycles={[map]} onQuickExit={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Alex and Jo' }));
    // The title shows while the map's page loads; its actions come with the page.
    await userEvent.click(
      await screen.findByRole('button', { name: 'Download map' }, { timeout: 5000 }),
    );

    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('alex-and-jo.cyclemap.json');
    expect(clicked[0]?.href).toBe('blob:cyclemap/1');
    expect(await blobs[0]?.text()).toBe(serializeCycleMap(map));
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
