// Offline after an update, the code of the conflict's two choices may not load: the alert still
// says what happened — the changes typed here are kept — and how to choose (reload), never blank.
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MapConflicts } from '../../src/app/library/MapConflicts';
import { StudioProvider } from '../../src/app/studio/StudioContext';
import { newMap } from '../../src/core';
import {
  conflictsOf,
  createStudio,
  documentMapOf,
  memoryMapChannels,
  memoryMapStore,
  type Studio,
} from '../../src/studio';
import { fakeRunner } from '../studio/fakeRunner';

vi.mock('../../src/app/library/ConflictChoices', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

/** Two tabs that both changed the map; the one that saved second has the conflict. */
async function tabWithConflict(): Promise<Studio> {
  const store = memoryMapStore({ maps: [newMap('ours', '2026-12-01T09:00:00.000Z')] });
  const tab = memoryMapChannels();
  const [a, b] = [0, 1].map(() =>
    createStudio({ analysis: fakeRunner(), maps: store, channel: tab() }),
  ) as [Studio, Studio];
  for (const studio of [a, b]) studio.send({ type: 'library.open', id: 'ours' });
  await waitFor(() => expect(documentMapOf(b.getSnapshot())?.id).toBe('ours'));
  await waitFor(() => expect(documentMapOf(a.getSnapshot())?.id).toBe('ours'));
  for (const [studio, title] of [
    [a, 'From tab A'],
    [b, 'From tab B'],
  ] as const) {
    studio.send({ type: 'document.edit', edit: { kind: 'setTitle', title } });
    studio.send({ type: 'library.flush' });
  }
  await waitFor(() =>
    expect(conflictsOf(a.getSnapshot()).length + conflictsOf(b.getSnapshot()).length).toBe(1),
  );
  return conflictsOf(a.getSnapshot()).length === 1 ? a : b;
}

describe('the conflict alert when its choices cannot load', () => {
  it('says the changes are kept and to reload the page to choose', async () => {
    const studio = await tabWithConflict();
    render(
      <StudioProvider studio={studio}>
        <MapConflicts onOpenCopy={() => {}} />
      </StudioProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/Your changes in this window are kept/);
    await waitFor(() => expect(alert).toHaveTextContent(/Reload the page to choose/));
    expect(alert.textContent).not.toMatch(/fetch|module|Error/);
  });
});
