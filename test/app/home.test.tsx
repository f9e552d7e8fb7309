import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { BUILT_IN_CATALOG, loadBuiltInCycles } from '../../src/app/builtInCycles';

describe('the home view', () => {
  it('lists each built-in map by the title and notes of the map it opens', async () => {
    const maps = await loadBuiltInCycles();
    expect(maps.map(({ id, title, notes }) => ({ id, title, notes }))).toEqual(
      BUILT_IN_CATALOG.entries,
    );
  });

  it('lists the five built-in cycles, each opened by a button named with its title', () => {
    render(<App onQuickExit={() => {}} />);
    const list = within(screen.getByRole('region', { name: 'Built-in cycles' })).getByRole('list');
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(
      BUILT_IN_CATALOG.entries.map((entry) => entry.title),
    );
    expect(BUILT_IN_CATALOG.entries).toHaveLength(5);
    // Johnson's three demon dialogues come first, in the order Hold Me Tight tells them.
    expect(buttons.slice(0, 3).map((button) => button.textContent)).toEqual([
      'Find the Bad Guy',
      'Protest Polka',
      'Freeze and Flee',
    ]);
    for (const title of ['Protest Polka', 'Find the Bad Guy', 'Freeze and Flee']) {
      expect(screen.getByRole('button', { name: title })).toBeInTheDocument();
    }
  });

  it('shows the first sentence of each cycle’s notes beside its button', () => {
    render(<App onQuickExit={() => {}} />);
    const polka = screen.getByRole('button', { name: 'Protest Polka' });
    expect(polka).toHaveAccessibleDescription(
      /^Theo and Priya are caught in the Protest Polka, .*dances of distress: .*retreats\.$/,
    );
  });

  it('says what Cyclemap is: the cycle is the common enemy', () => {
    render(<App onQuickExit={() => {}} />);
    expect(screen.getByText(/the cycle is the common enemy/i)).toBeInTheDocument();
  });

  it('offers a labelled file input to open a map from this device', () => {
    render(<App onQuickExit={() => {}} />);
    const input = screen.getByLabelText('Open a map file…');
    expect(input).toHaveAttribute('type', 'file');
  });
});
