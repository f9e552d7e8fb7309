// Two tabs on one map, in the app: when another tab saves first, this tab keeps what was typed
// here, says so in an alert, and keeps it as a copy (or takes the other version) when asked.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { newMap } from '../../src/core';
import {
  createStudio,
  documentMapOf,
  memoryMapChannels,
  memoryMapStore,
  type Studio,
} from '../../src/studio';
import { inlineRunner } from '../../src/studio/inlineRunner';

function twoTabs() {
  const store = memoryMapStore({ maps: [newMap('ours', '2026-12-01T09:00:00.000Z')] });
  const tab = memoryMapChannels();
  const open = (): Studio =>
    createStudio({ analysis: inlineRunner({ maxRuns: 5 }), maps: store, channel: tab() });
  return { store, other: open(), here: open() };
}

async function typeTitleHere(here: Studio, title: string) {
  window.history.replaceState(null, '', '#/map/ours');
  render(<App studio={here} onQuickExit={() => {}} />);
  const field = await screen.findByRole('textbox', { name: 'Title' }, { timeout: 5000 });
  await userEvent.clear(field);
  await userEvent.type(field, title);
}

/** The other tab, open on the same map before anything is typed here. */
async function openInOtherTab(other: Studio) {
  other.send({ type: 'library.open', id: 'ours' });
  await waitFor(() => expect(documentMapOf(other.getSnapshot())?.id).toBe('ours'));
}

/** The other tab changes the title and saves at once (well within this tab's autosave delay). */
function saveInOtherTab(other: Studio, title: string) {
  other.send({ type: 'document.edit', edit: { kind: 'setTitle', title } });
  other.send({ type: 'library.flush' });
}

describe('another tab saving the same map first', () => {
  it('keeps what was typed here, and saves it as a copy when asked', async () => {
    const { store, other, here } = twoTabs();
    await openInOtherTab(other);
    await typeTitleHere(here, 'Typed here');
    saveInOtherTab(other, 'Saved in the other tab');

    const alert = await screen.findByText(
      /in the other tab\) was changed in another tab or window/,
    );
    expect(alert).toHaveTextContent('“Saved in the other tab”');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Typed here');
    expect((await store.load('ours'))?.map.title).toBe('Saved in the other tab');

    await userEvent.click(await screen.findByRole('button', { name: 'Keep my changes as a copy' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue(
        'Typed here (kept from this window)',
      ),
    );
    expect(window.location.hash).toMatch(/^#\/map\/map-[a-z0-9]+-\d+$/);
    expect(screen.queryByText(/was changed in another tab or window/)).toBeNull();
    await waitFor(async () => {
      const titles = (await store.list()).maps.map((m) => m.title).sort();
      expect(titles).toEqual(['Saved in the other tab', 'Typed here (kept from this window)']);
    });
  }, 20_000);

  it('or shows the other version, when asked', async () => {
    const { store, other, here } = twoTabs();
    await openInOtherTab(other);
    await typeTitleHere(here, 'Typed here');
    saveInOtherTab(other, 'Saved in the other tab');
    await screen.findByText(/was changed in another tab or window/);

    await userEvent.click(await screen.findByRole('button', { name: 'Use the other version' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Saved in the other tab'),
    );
    expect(screen.queryByText(/was changed in another tab or window/)).toBeNull();
    expect((await store.list()).maps).toHaveLength(1);
  }, 20_000);
});
