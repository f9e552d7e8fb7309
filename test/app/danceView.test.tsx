// The dance screen as a person meets it: the narration in the map's words, stepping through the
// Protest Polka (seed 7), repairs and what they did, the repair-window sentence, and the keyboard.
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DanceView } from '../../src/app/dance/DanceView';
import { MapStudio } from '../../src/app/studio/MapStudio';
import { quoted, quotedInline } from '../../src/studio';
import { polka } from '../../stories/sampleDances';
import { sampleModel } from './sampleModels';

const [theo] = polka.partners;

function renderDance() {
  const user = userEvent.setup();
  render(
    <MapStudio map={polka} seed={7}>
      <DanceView />
    </MapStudio>,
  );
  return user;
}

/** The "Turn N · Round M" counter beside the timeline. */
function counter() {
  return within(screen.getByRole('group', { name: 'Playback' })).getByText(
    /^Turn \d+ · Round \d+$/,
  );
}

function repairGroup() {
  return screen.getByRole('group', { name: 'Repair' });
}

describe('the dance view', () => {
  it('shows the dance, narrates its first moment in the map’s words, and offers the repairs', () => {
    renderDance();
    const dance = screen.getByRole('region', { name: 'Dance' });
    const narration = within(dance).getByRole('region', { name: 'Narration' });
    expect(narration).toHaveAttribute('aria-live', 'polite');
    expect(narration).toHaveTextContent(`What Theo notices: ${quoted(theo.layers.trigger)}`);
    expect(counter()).toHaveTextContent('Turn 0 · Round 1');
    const repair = within(dance).getByRole('group', { name: 'Repair' });
    expect(within(repair).getByRole('button', { name: 'Soft reach by Theo' })).toBeEnabled();
    expect(within(repair).getByRole('button', { name: 'Soft reach by Priya' })).toBeEnabled();
    expect(within(repair).getByRole('status')).toHaveTextContent('');
  });

  it('Step forward and Step back move the turn counter and the narration with it', async () => {
    const user = renderDance();
    const back = screen.getByRole('button', { name: 'Step back' });
    expect(back).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(counter()).toHaveTextContent('Turn 2 · Round 1');
    expect(screen.getByRole('region', { name: 'Narration' })).toHaveTextContent(
      `What Theo feels: ${quoted(theo.layers.reactiveEmotion)}`,
    );
    await user.click(back);
    expect(counter()).toHaveTextContent('Turn 1 · Round 1');
    expect(screen.getByRole('slider', { name: 'Timeline' })).toHaveAttribute(
      'aria-valuetext',
      'Moment 2 of 58: Turn 1 · Round 1',
    );
  });

  it('a soft reach early in the dance lands, and the Repair group says so', async () => {
    const user = renderDance();
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    await user.click(within(repairGroup()).getByRole('button', { name: 'Soft reach by Theo' }));
    expect(within(repairGroup()).getByRole('status')).toHaveTextContent(
      /^Theo tries a soft reach: “When you turn back to the laptop, .*” It lands \(a \d+ % chance here\): Priya can take it in, and the dance pauses\.$/,
    );
    expect(screen.getByRole('button', { name: 'Play' })).toBeEnabled();
  });

  it('once a repair is tried, the chart also shows the same dance without repair', async () => {
    const user = renderDance();
    const chart = screen.getByRole('figure', { name: 'Feelings and heart rates, turn by turn' });
    const legend = within(chart).getByRole('list', { name: 'Legend' });
    expect(legend).not.toHaveTextContent('Without repair (same seed)');
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    await user.click(within(repairGroup()).getByRole('button', { name: 'Soft reach by Theo' }));
    expect(legend).toHaveTextContent('Without repair (same seed)');
    expect(within(chart).getByRole('img')).toHaveAccessibleName(
      / Without the repairs, the same dance ends disengaged at turn 57\.$/,
    );
  });

  it('a soft reach to a flooded partner cannot land, and the Repair group says why', async () => {
    const user = renderDance();
    fireEvent.change(screen.getByRole('slider', { name: 'Timeline' }), {
      target: { value: '40' },
    });
    expect(counter()).toHaveTextContent('Turn 40 · Round 5');
    await user.click(within(repairGroup()).getByRole('button', { name: 'Soft reach by Priya' }));
    expect(within(repairGroup()).getByRole('status')).toHaveTextContent(
      /^Priya tries a soft reach: “.*” Theo is flooded at \d+ bpm, so it can't land yet: a 20-minute break first\./,
    );
  });

  it('the Repair windows switch shows its progress, then the sentence about the best window', async () => {
    renderDance();
    const windows = screen.getByRole('switch', { name: 'Repair windows' });
    // A plain click event: user-event lets a task pass after clicking, and by then the jsdom
    // fallback (a smaller analysis on a timer, as there is no Web Worker) would have finished.
    fireEvent.click(windows);
    expect(windows).toHaveAttribute('aria-checked', 'true');
    expect(
      screen.getByRole('progressbar', {
        name: /^Working out where a repair could break the loop…/,
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/^The best place to break this loop:/, {}, { timeout: 10_000 }),
    ).toHaveTextContent(
      `when Theo feels ${quotedInline(theo.layers.reactiveEmotion)}, before Theo’s move, ${quotedInline(theo.layers.move)}, in round 1 — a soft reach by Theo lands about 7 times in 10 here.`,
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    const loop = screen.getByRole('figure', { name: /^The loop:/ });
    expect(
      within(loop).getByRole('listitem', { name: /^Theo, step 3 of 5.*the best window$/ }),
    ).toBeInTheDocument();
  }, 15_000);
});

describe('the dance by keyboard', () => {
  it('the arrows step back and forth when no control has focus', async () => {
    const user = renderDance();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(counter()).toHaveTextContent('Turn 3 · Round 1');
    await user.keyboard('{ArrowLeft}');
    expect(counter()).toHaveTextContent('Turn 2 · Round 1');
  });

  it('Space on the page plays and pauses', async () => {
    const user = renderDance();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('Space on a focused repair presses that repair, and does not start the dance', async () => {
    const user = renderDance();
    await user.keyboard('{ArrowRight}');
    within(repairGroup()).getByRole('button', { name: 'Soft reach by Theo' }).focus();
    await user.keyboard(' ');
    expect(within(repairGroup()).getByRole('status')).toHaveTextContent(
      /^Theo tries a soft reach: “.*” It lands/,
    );
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('R focuses the first repair that can be tried, or the Repair group once the dance is over', async () => {
    const user = renderDance();
    await user.keyboard('r');
    expect(
      within(repairGroup()).getByRole('button', { name: 'Name the cycle by Theo' }),
    ).toHaveFocus();

    // Left alone the Polka ends disengaged, and no repair can be tried any more.
    fireEvent.change(screen.getByRole('slider', { name: 'Timeline' }), {
      target: { value: '57' },
    });
    expect(screen.getByRole('region', { name: 'Dance' })).toHaveAttribute(
      'data-outcome',
      'Disengaged',
    );
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('R');
    expect(repairGroup()).toHaveFocus();
  });
});

describe('the dance view’s settings (regressions)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lets a person switch reduced motion off even when the system asks for it', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: true,
      media: query,
      addEventListener() {},
      removeEventListener() {},
    }));
    const user = renderDance();
    const motion = screen.getByRole('switch', { name: 'Reduce motion' });
    expect(motion).toHaveAttribute('aria-checked', 'true');
    await user.click(motion);
    expect(motion).toHaveAttribute('aria-checked', 'false');
    await user.click(motion);
    expect(motion).toHaveAttribute('aria-checked', 'true');
  });

  it('lets a person clear the seed and type a new one', async () => {
    const user = renderDance();
    const seed = screen.getByLabelText('Seed');
    await user.clear(seed);
    expect(seed).toHaveValue(null);
    await user.type(seed, '12');
    expect(seed).toHaveValue(12);
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(counter()).toHaveTextContent('Turn 1 · Round 1');
  });
});

describe('the dance view tells the truth', () => {
  it('after a break, the clock reads as the time of the talk, on the loop and by the timeline', async () => {
    const user = renderDance();
    for (let i = 0; i < 12; i++)
      await user.click(screen.getByRole('button', { name: 'Step forward' }));
    await user.click(
      within(repairGroup()).getByRole('button', { name: /^Self-soothing break by Theo$/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    const clock = within(screen.getByRole('group', { name: 'Playback' })).getByText(
      /^After a \d+-minute break · \d+:\d\d · Round \d+$/,
    );
    // The same words on the loop's own clock.
    expect(screen.getAllByText(clock.textContent)).toHaveLength(2);
  });

  it('when the talk runs out, says “Unresolved” in the outcome and the loop’s state', () => {
    // Seed 2 of the Fearful-avoidant flip runs its whole talk without ending by itself.
    render(
      <MapStudio map={sampleModel('fearful-avoidant-flip')} seed={2}>
        <DanceView />
      </MapStudio>,
    );
    expect(screen.getByLabelText(/^Loop state: /)).not.toHaveAccessibleName(/unresolved/);
    const timeline = screen.getByRole('slider', { name: 'Timeline' });
    fireEvent.change(timeline, { target: { value: timeline.getAttribute('max') } });
    expect(screen.getByText('Unresolved', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Loop state: /)).toHaveAccessibleName(
      /unresolved: the talk ended mid-loop$/,
    );
    expect(screen.getByRole('region', { name: 'Narration' })).toHaveTextContent(
      /the loop still running: unresolved\./,
    );
  });

  it('explains its words where they appear: each links to the glossary', () => {
    renderDance();
    const dance = screen.getByRole('region', { name: 'Dance' });
    const links = [
      ['What “Seed” means', '#/glossary/seed'],
      ['What “Therapist present” means', '#/glossary/therapist-present'],
      ['What “Repair windows” means', '#/glossary/repair-windows'],
      ['Flooding, in the glossary', '#/glossary/flooding'],
      ['the loop’s state, in the glossary', '#/glossary/loop-state'],
    ] as const;
    for (const [name, href] of links)
      expect(within(dance).getByRole('link', { name })).toHaveAttribute('href', href);
  });

  it('lets a keyboard skip past the loop’s steps to Play in one press', async () => {
    const user = renderDance();
    await user.tab();
    const skip = screen.getByRole('button', { name: 'Skip past the loop’s steps' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Play' })).toHaveFocus();
  });
});
