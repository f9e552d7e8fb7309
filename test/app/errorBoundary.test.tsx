import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, RENDER_ERROR_TEXT } from '../../src/app/ErrorBoundary';
import { newMap, parseMapFile } from '../../src/core';
import { memoryMapStore } from '../../src/studio';

function Broken(): never {
  throw new Error('boom: a stack trace nobody should see');
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a render error', () => {
  it('shows a plain sentence and a way back, never a blank screen or the error', async () => {
    // React reports caught errors on the console; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onReset = vi.fn();
    render(
      <ErrorBoundary onReset={onReset}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(RENDER_ERROR_TEXT);
    expect(screen.queryByText(/boom/)).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Back to all maps' }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });
});

describe('the crash screen', () => {
  it('downloads every map (stored and unsaved) in one file, and reloads, sending nothing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const blobs: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:cyclemap/crash'),
        revokeObjectURL: vi.fn(),
      }),
    );
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const store = memoryMapStore({ maps: [newMap('stored', '2026-12-01T09:00:00.000Z')] });
    const typed = { ...newMap('typed', '2026-12-01T10:00:00.000Z'), title: 'Typed, not yet saved' };
    const onReload = vi.fn();
    render(
      <ErrorBoundary mapsSource={() => ({ store, unsaved: { typed } })} onReload={onReload}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByText('Nothing about this error has been sent anywhere.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Download all maps' }));
    await screen.findByText('Downloaded 2 maps in one file.');
    const { maps, problems } = parseMapFile(await blobs[0]!.text());
    expect(problems).toEqual([]);
    expect(maps.map(({ map }) => map.title)).toEqual(['Typed, not yet saved', 'Our cycle']);

    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('still downloads what is in memory when storage cannot be read', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: vi.fn() }),
    );
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const store = memoryMapStore({ unavailable: true });
    const typed = newMap('typed', '2026-12-01T10:00:00.000Z');
    render(
      <ErrorBoundary mapsSource={() => ({ store, unsaved: { typed } })}>
        <Broken />
      </ErrorBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download all maps' }));
    expect(
      await screen.findByText(
        'Downloaded one map from this page; your stored maps could not be read.',
      ),
    ).toBeVisible();
  });
});
