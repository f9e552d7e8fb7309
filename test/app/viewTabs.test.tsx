// A map's tabs: one tab stop, arrows move and show, and a tab about to be chosen (pointer over it,
// or focus) is announced, so the Statechart view can start loading its layout worker early.
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ViewTabs } from '../../src/app/pages/ViewTabs';

const VIEWS = [
  { view: 'dance', label: 'Dance' },
  { view: 'statechart', label: 'Statechart' },
] as const;

describe('view tabs', () => {
  it('says which tab is about to be chosen, by pointer or by keyboard', async () => {
    const onIntent = vi.fn();
    const onView = vi.fn();
    render(
      <ViewTabs label="Views" views={VIEWS} view="dance" onView={onView} onIntent={onIntent}>
        <p>The dance</p>
      </ViewTabs>,
    );
    fireEvent.pointerEnter(screen.getByRole('tab', { name: 'Statechart' }));
    expect(onIntent).toHaveBeenLastCalledWith('statechart');
    await userEvent.tab();
    expect(screen.getByRole('tab', { name: 'Dance' })).toHaveFocus();
    expect(onIntent).toHaveBeenLastCalledWith('dance');
    await userEvent.keyboard('{ArrowRight}');
    expect(onView).toHaveBeenLastCalledWith('statechart');
    expect(screen.getByRole('tabpanel', { name: 'Dance' })).toHaveTextContent('The dance');
  });
});
