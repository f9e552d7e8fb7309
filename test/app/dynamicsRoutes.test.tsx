// The Dynamics view's addresses and tab: `#/pattern/<id>/dynamics` and `#/map/<id>/dynamics` are
// read and written, the tab sits beside Dance and Statechart, and choosing it opens the phase plane
// (its code loads on first need) with the address following, so Back and reload work.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { hrefOf, parseRoute } from '../../src/app/routing/routes';

describe('the Dynamics view’s addresses', () => {
  it('reads and writes a pattern’s and a map’s dynamics', () => {
    const pattern = { name: 'pattern', id: 'protest-polka', view: 'dynamics' } as const;
    const map = { name: 'map', id: 'our-loop', view: 'dynamics' } as const;
    expect(hrefOf(pattern)).toBe('#/pattern/protest-polka/dynamics');
    expect(hrefOf(map)).toBe('#/map/our-loop/dynamics');
    expect(parseRoute(hrefOf(pattern))).toEqual(pattern);
    expect(parseRoute(hrefOf(map))).toEqual(map);
  });

  it('keeps the other views’ addresses as they were', () => {
    expect(hrefOf({ name: 'pattern', id: 'protest-polka' })).toBe('#/pattern/protest-polka');
    expect(hrefOf({ name: 'pattern', id: 'protest-polka', view: 'dance' })).toBe(
      '#/pattern/protest-polka',
    );
    expect(parseRoute('#/pattern/protest-polka/statechart')).toEqual({
      name: 'pattern',
      id: 'protest-polka',
      view: 'statechart',
    });
    expect(parseRoute('#/map/our-loop/start')).toEqual({
      name: 'map',
      id: 'our-loop',
      view: 'start',
    });
  });

  it('sends an unknown view home', () => {
    expect(parseRoute('#/pattern/protest-polka/dynamic')).toEqual({ name: 'home' });
    expect(parseRoute('#/pattern/protest-polka/dance')).toEqual({ name: 'home' });
    expect(parseRoute('#/map/our-loop/dynamics/more')).toEqual({ name: 'home' });
  });
});

describe('the Dynamics tab', () => {
  it('opens a pattern’s phase plane, and the address follows', async () => {
    const user = userEvent.setup();
    render(<App onQuickExit={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Protest Polka' }));
    const tabs = await screen.findByRole(
      'tablist',
      { name: 'Views of this pattern' },
      { timeout: 5000 },
    );
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['Dance', 'Statechart', 'Dynamics']);
    await user.click(within(tabs).getByRole('tab', { name: 'Dynamics' }));
    const plane = await screen.findByRole('region', { name: 'Phase plane' }, { timeout: 5000 });
    expect(window.location.hash).toBe('#/pattern/protest-polka/dynamics');
    expect(within(tabs).getByRole('tab', { name: 'Dynamics' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(within(plane).getByRole('application', { name: /place a start/ })).toBeInTheDocument();
  });

  it('opens straight from its address', async () => {
    window.history.replaceState(null, '', '#/pattern/secure-cycle/dynamics');
    render(<App onQuickExit={() => {}} />);
    const plane = await screen.findByRole('region', { name: 'Phase plane' }, { timeout: 5000 });
    expect(within(plane).getByRole('list', { name: 'Steady states' })).toBeInTheDocument();
  });
});
