// "Earlier versions" on a map of your own: a version kept when a save replaced it can be restored,
// and Undo takes the restore back.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { newMap } from '../../src/core';
import { AUTOSAVE_MS, createStudio, memoryMapStore } from '../../src/studio';
import { inlineRunner } from '../../src/studio/inlineRunner';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('earlier versions', () => {
  it('restores the version a save replaced, and Undo takes it back', async () => {
    const user = userEvent.setup();
    const studio = createStudio({
      analysis: inlineRunner({ maxRuns: 5 }),
      maps: memoryMapStore({ maps: [newMap('ours', '2026-12-01T09:00:00.000Z')] }),
    });
    window.history.replaceState(null, '', '#/map/ours');
    render(<App studio={studio} onQuickExit={() => {}} />);
    const title = await screen.findByRole('textbox', { name: 'Title' }, { timeout: 5000 });
    await user.clear(title);
    await user.type(title, 'Sunday evenings');
    await pause(AUTOSAVE_MS + 300);

    await user.click(screen.getByText('Earlier versions'));
    // The versions are read from the store; on a busy machine that takes more than a second.
    const list = await screen.findByRole(
      'list',
      { name: 'Earlier versions of this map' },
      { timeout: 5000 },
    );
    const restore = within(list).getAllByRole('button', { name: /^Restore this version, from / });
    expect(restore).toHaveLength(1);
    await user.click(restore[0]!);
    // A busy machine (the whole suite on two cores) can take more than waitFor's default second.
    await waitFor(
      () => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Our cycle'),
      { timeout: 5000 },
    );
    expect(screen.getByText(/Undo takes it back\./)).toBeInTheDocument();

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(
      () => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sunday evenings'),
      { timeout: 5000 },
    );
  }, 20_000);
});
