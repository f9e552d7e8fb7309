import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { BUILT_IN_CATALOG } from '../../src/app/builtInCycles';
import { LAYERS } from '../../src/core';

const polka = await BUILT_IN_CATALOG.load('protest-polka');

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * The map's page itself (its view tabs): the title alone stands from the first paint, while the
 * map and its page are still loading.
 */
const pageOpened = () => screen.findByRole('tablist', {}, { timeout: 5000 });

describe('opening a built-in cycle', () => {
  it('shows the map’s title and both partners’ words, layer by layer', async () => {
    if (polka === null) throw new Error('models/protest-polka.json did not load');
    render(<App onQuickExit={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Protest Polka' }));
    await pageOpened();

    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'Protest Polka' })).toHaveFocus(),
    );
    for (const partner of polka.partners) {
      const column = screen.getByRole('region', { name: `${partner.name} (${partner.pronoun})` });
      for (const layer of LAYERS) {
        expect(within(column).getByText(partner.layers[layer])).toBeInTheDocument();
      }
    }
  });

  it('names the map at once, while its page is still loading, and says it is opening', async () => {
    const badGuy = await BUILT_IN_CATALOG.load('find-the-bad-guy');
    // The map arrives when the test says so.
    let arrive: (map: typeof badGuy) => void = () => {};
    const load = vi
      .spyOn(BUILT_IN_CATALOG, 'load')
      .mockReturnValue(new Promise((resolve) => (arrive = resolve)));
    render(<App onQuickExit={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Find the Bad Guy' }));
    const title = screen.getByRole('heading', { level: 1, name: 'Find the Bad Guy' });
    expect(title).toBeVisible();
    // The map's load waits for this title's paint (the page's largest), reported by that name.
    expect(title).toHaveAttribute('elementtiming', 'map-title');
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Opening…');
    expect(screen.queryByRole('tablist')).toBeNull();
    load.mockRestore();
    act(() => arrive(badGuy));
    await screen.findByRole('tablist', {}, { timeout: 5000 });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.queryByText('Opening…')).toBeNull();
  });

  it('labels each layer with its name and the worksheet’s question', async () => {
    render(<App onQuickExit={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Protest Polka' }));
    await pageOpened();
    const theo = screen.getByRole('region', { name: 'Theo (he/him)' });
    const trigger = within(theo).getByRole('listitem', { name: 'Trigger' });
    expect(trigger).toHaveAccessibleDescription('What do I see or hear?');
    expect(within(theo).getByRole('separator', { name: 'the line' })).toBeInTheDocument();
    expect(within(theo).getByRole('list', { name: 'In the cycle' })).toHaveTextContent(
      /^Theo’s move in the cycle: pursuing.*What the cycle pulls on in Theo: anxious attachment/,
    );
    expect(theo).not.toHaveTextContent(/tends to/);
  });

  it('reads the loop in order: one partner’s steps, then the other’s', async () => {
    render(<App onQuickExit={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Protest Polka' }));
    await pageOpened();
    const loop = screen.getByRole('region', { name: 'The loop in words' });
    const steps = within(within(loop).getByRole('list')).getAllByRole('listitem');
    expect(steps.map((step) => /^(.*?):/.exec(step.textContent ?? '')?.[1])).toEqual([
      'Theo’s trigger',
      'Theo’s perception',
      'Theo’s reactive emotion',
      'Theo’s move',
      'Theo’s extra step',
      'Priya’s trigger',
      'Priya’s perception',
      'Priya’s reactive emotion',
      'Priya’s extra step',
      'Priya’s move',
    ]);
    expect(steps[4]).toHaveTextContent('I follow her down the hall, still talking');
  });

  it('lists each partner’s repair moves with their words', async () => {
    render(<App onQuickExit={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Protest Polka' }));
    await pageOpened();
    const repairs = screen.getByRole('region', { name: 'Theo’s repair moves' });
    expect(within(repairs).getByText('Name the cycle')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Priya’s repair moves' })).toBeInTheDocument();
  });

  it('goes back to the list, with focus on the page heading', async () => {
    render(<App onQuickExit={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Find the Bad Guy' }));
    await pageOpened();
    await userEvent.click(screen.getByRole('button', { name: 'Back to all cycles' }));
    expect(screen.getByRole('button', { name: 'Find the Bad Guy' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });
});
