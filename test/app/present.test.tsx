// Presentation mode as a therapist uses it: Present (button or P), the staged reveal with Next,
// Previous and a clicker's keys, and leaving with Escape, which never counts towards Quick exit.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DanceView } from '../../src/app/dance/DanceView';
import { MapStudio } from '../../src/app/studio/MapStudio';
import { useDoubleEscape } from '../../src/app/useDoubleEscape';
import { polka } from '../../stories/sampleDances';

function QuickExitWatch({ onExit }: { onExit: () => void }) {
  useDoubleEscape(onExit);
  return null;
}

function renderDance(onExit = vi.fn()) {
  const user = userEvent.setup();
  render(
    <MapStudio map={polka} seed={7}>
      <QuickExitWatch onExit={onExit} />
      <DanceView />
    </MapStudio>,
  );
  return user;
}

/** The loop's steps on screen, both partners. */
function stepsShown(): number {
  return screen
    .getAllByRole('list', { name: /’s steps$/ })
    .reduce((n, list) => n + within(list).queryAllByRole('listitem').length, 0);
}

afterEach(() => {
  delete document.documentElement.dataset['presenting'];
});

describe('presentation mode', () => {
  it('Present marks the page for the full-screen layout and starts the reveal at the empty loop', async () => {
    const user = renderDance();
    expect(stepsShown()).toBe(10);
    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(document.documentElement.dataset['presenting']).toBe('true');
    expect(screen.getByRole('button', { name: 'Stop presenting' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(stepsShown()).toBe(0);
    expect(screen.getByRole('region', { name: 'Narration' })).toHaveTextContent(
      'This is the loop Theo and Priya get caught in.',
    );
  });

  it('Next reveals more of the cycle each time; Previous goes back; a clicker’s keys work', async () => {
    const user = renderDance();
    await user.keyboard('p');
    const group = screen.getByRole('group', { name: 'Reveal the cycle step by step' });
    await user.click(within(group).getByRole('button', { name: /^Next: Both triggers/ }));
    expect(stepsShown()).toBe(2);
    await user.keyboard('{PageDown}');
    expect(stepsShown()).toBe(4);
    await user.keyboard('{ArrowRight}');
    // Priya's extra step ("I explain…") comes in with the reactive emotion it follows.
    expect(stepsShown()).toBe(7);
    await user.click(within(group).getByRole('button', { name: 'Previous' }));
    expect(stepsShown()).toBe(4);
    expect(screen.getByText(/^Turn 0 · Round 1$/, { selector: 'output' })).toBeInTheDocument();
  });

  it('Escape stops presenting, and two Escapes to stop presenting never trigger Quick exit', async () => {
    const onExit = vi.fn();
    const user = renderDance(onExit);
    await user.click(screen.getByRole('button', { name: 'Present' }));
    await user.keyboard('{Escape}');
    expect(document.documentElement.dataset['presenting']).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Present' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(stepsShown()).toBe(10);
    await user.keyboard('{Escape}');
    expect(onExit).not.toHaveBeenCalled();
  });
});
