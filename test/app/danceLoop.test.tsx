// The DanceLoop as a person meets it: the map's words on the loop, full text on focus, flooding,
// escalation, the repair path, and the loop opening when the couple reconnects.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stepsOf, type CycleMap } from '../../src/core';
import { DanceLoop, type DanceLoopProps } from '../../src/viz/loop/DanceLoop';
import { moment, polka, polkaAlone, polkaReachLands } from '../../stories/sampleDances';
import { loopWindowsOf } from './loopWindowsFixture';

/** The Polka's loop at its first moment, without motion, with `props` changed. */
function loopOf(props: Partial<DanceLoopProps> = {}) {
  return (
    <DanceLoop map={polka} turnDurationMs={0} reducedMotion {...moment(polkaAlone, 0)} {...props} />
  );
}

function renderLoop(props: Partial<DanceLoopProps> = {}) {
  return render(loopOf(props));
}

function theLoop() {
  return screen.getByRole('figure', { name: /^The loop:/ });
}

/** How far Priya's figure stands to the right of Theo's. */
function figuresApart(): number {
  const x = (name: RegExp) => {
    const transform = screen.getByRole('img', { name }).getAttribute('transform') ?? '';
    return Number(/translate\(([-\d.]+)/.exec(transform)?.[1]);
  };
  return x(/^Priya(, flooded)?$/) - x(/^Theo(, flooded)?$/);
}

function loopWidth(): number {
  const arc = theLoop().querySelector('.dance-loop-arc');
  return Number(arc?.getAttribute('stroke-width'));
}

describe('the dance loop', () => {
  it('names every step with the partner’s own words, in the order of the dance', () => {
    renderLoop();
    for (const partner of [0, 1] as const) {
      const { name } = polka.partners[partner];
      const list = within(theLoop()).getByRole('list', { name: `${name}’s steps` });
      const steps = stepsOf(polka.partners[partner]);
      const items = within(list).getAllByRole('listitem');
      expect(items.map((item) => item.getAttribute('aria-label'))).toEqual(
        steps.map(
          (step, i) =>
            `${name}, step ${i + 1} of ${steps.length}, ${step.label.toLowerCase()}: ${step.text}`,
        ),
      );
      for (const item of items) expect(item).toHaveAttribute('tabindex', '0');
    }
    expect(
      screen.getByRole('listitem', {
        name: "Theo, step 2 of 5, perception: I don't matter to her; I'm just an interruption",
      }),
    ).toHaveTextContent("I don't matter to her; I'm just an interruption");
    expect(screen.getByRole('list', { name: 'Priya, below the line' })).toHaveTextContent(
      'ashamed, and afraid of making it worse',
    );
  });

  it('marks the step the dance is on, and the crossings where a move sets off a trigger', () => {
    renderLoop(moment(polkaAlone, 6));
    const current = screen.getByRole('listitem', { current: 'step' });
    expect(current).toHaveAccessibleName(/^Priya, step 2 of 5, perception/);
    expect(current).toHaveTextContent('PERCEPTION · NOW');
    expect(screen.getByRole('img', { name: 'Theo’s move sets off Priya’s trigger' })).toBeVisible();
    expect(screen.getByRole('img', { name: 'Priya’s move sets off Theo’s trigger' })).toBeVisible();
    expect(theLoop()).toHaveTextContent('Turn 6 · Round 1');
  });

  it('shows a step’s full words beside it on focus and on hover', async () => {
    const long =
      'Priya says "I\'m fine" and turns back to her laptop while I am still talking, and then she puts her headphones on and the evening is gone again';
    const m: CycleMap = {
      ...polka,
      partners: [
        { ...polka.partners[0], layers: { ...polka.partners[0].layers, trigger: long } },
        polka.partners[1],
      ],
    };
    const user = userEvent.setup();
    renderLoop({ map: m });
    const trigger = screen.getByRole('listitem', { name: /^Theo, step 1 of 5, trigger/ });
    expect(trigger).toHaveAttribute('data-truncated', 'true');
    const shownWords = trigger.querySelector('.dance-loop-words');
    expect(shownWords).toHaveTextContent(/^Priya says "I'm fine" and turns .*…$/);
    expect(shownWords).not.toHaveTextContent('the evening is gone again');
    expect(screen.queryByRole('tooltip')).toBeNull();

    await user.tab();
    expect(trigger).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent(long);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Theo · step 1 of 5 · Trigger');
    await user.tab();
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      "I don't matter to her; I'm just an interruption",
    );

    act(() => (document.activeElement as HTMLElement).blur());
    expect(screen.queryByRole('tooltip')).toBeNull();
    const move = screen.getByRole('listitem', { name: /^Priya, step 5 of 5, move/ });
    fireEvent.mouseEnter(move);
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'I say "I\'m fine, it\'s nothing", and close the study door',
    );
    fireEvent.mouseLeave(move);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('marks a flooded partner with a word and a sign, not colour alone', () => {
    renderLoop(moment(polkaAlone, 45));
    for (const name of ['Theo', 'Priya']) {
      const figure = screen.getByRole('img', { name: `${name}, flooded` });
      expect(figure).toHaveAttribute('data-flooded', 'true');
      expect(figure).toHaveTextContent('Flooded');
    }
  });

  it('does not mark a calm partner as flooded', () => {
    renderLoop();
    expect(screen.getByRole('img', { name: 'Theo' })).toHaveAttribute('data-flooded', 'false');
    expect(theLoop()).not.toHaveTextContent('Flooded');
  });

  it('draws the loop heavier as the dance escalates, and says in words how deep in the cycle it is', () => {
    const { rerender } = renderLoop();
    const calm = { width: loopWidth(), apart: figuresApart() };
    expect(theLoop()).toHaveTextContent('Calm');
    rerender(loopOf(moment(polkaAlone, 25)));
    const escalating = { width: loopWidth(), apart: figuresApart() };
    expect(theLoop()).toHaveTextContent('Escalating');
    rerender(loopOf(moment(polkaAlone, 45)));
    const flooded = { width: loopWidth(), apart: figuresApart() };
    expect(theLoop()).toHaveTextContent('Deep in the cycle');

    expect(calm.width).toBeLessThan(escalating.width);
    expect(escalating.width).toBeLessThan(flooded.width);
    expect(calm.apart).toBeLessThan(escalating.apart);
    expect(escalating.apart).toBeLessThan(flooded.apart);
  });

  it('shows each stage of the repair path in words, the partners turning towards each other', () => {
    const { rerender } = renderLoop(moment(polkaReachLands, 9));
    expect(theLoop()).toHaveAttribute('data-phase', 'repairing');
    expect(screen.getByText('Pause')).toBeVisible();
    rerender(loopOf(moment(polkaReachLands, 10)));
    expect(screen.getByText('Soft reach')).toBeVisible();
    rerender(loopOf(moment(polkaReachLands, 11)));
    expect(screen.getByText('Response')).toBeVisible();
    for (const figure of screen.getAllByRole('img', { name: /^(Theo|Priya)$/ }))
      expect(figure).toHaveAttribute('data-facing', 'toward');
  });

  it('opens the loop and brings the figures together when the couple reconnects', () => {
    const { rerender } = renderLoop(moment(polkaAlone, 0));
    const calmApart = figuresApart();
    rerender(loopOf(moment(polkaReachLands, -1)));
    const loop = theLoop();
    expect(loop).toHaveAttribute('data-phase', 'reconnected');
    expect(loop).toHaveAttribute('data-open', 'true');
    expect(loop).toHaveTextContent('Reconnected');
    expect(
      screen.getByRole('img', {
        name: 'The loop is open here: Priya’s move no longer sets off Theo’s trigger',
      }),
    ).toHaveAttribute('data-open', 'true');
    expect(loop.querySelector('.dance-loop-figures')).toHaveAttribute('data-together', 'true');
    for (const figure of screen.getAllByRole('img', { name: /^(Theo|Priya)$/ }))
      expect(figure).toHaveAttribute('data-facing', 'toward');
    expect(figuresApart()).toBeLessThan(calmApart);
    expect(screen.queryByRole('listitem', { current: 'step' })).toBeNull();
  });

  it('fades the loop and says so when the couple disengages', () => {
    renderLoop(moment(polkaAlone, -1));
    expect(theLoop()).toHaveAttribute('data-phase', 'disengaged');
    expect(theLoop()).toHaveTextContent('Disengaged');
    expect(theLoop().querySelector('.dance-loop-arcs')).toHaveAttribute('data-tone', 'faded');
    expect(loopWidth()).toBe(2);
    expect(screen.queryByRole('listitem', { current: 'step' })).toBeNull();
  });

  it('sends a pulse along the loop only when motion is on', () => {
    const { rerender } = renderLoop(moment(polkaAlone, 3));
    expect(theLoop()).toHaveAttribute('data-motion', 'reduced');
    expect(theLoop().querySelector('.dance-loop-pulse')).toBeNull();
    rerender(loopOf({ ...moment(polkaAlone, 4), turnDurationMs: 500, reducedMotion: false }));
    expect(theLoop()).toHaveAttribute('data-motion', 'full');
    // The pulse rests hidden (danceLoop.css); the browser's compositor carries it (jsdom has none).
    expect(theLoop().querySelector('.dance-loop-pulse')).not.toBeNull();
    // The moment before is drawn under the loop, to fade out as this one fades in.
    expect(theLoop().querySelector('.dance-loop-arcs-before')).not.toBeNull();
  });

  it('marks each step’s repair window, and the best one in words and with a ring', () => {
    renderLoop({
      windows: loopWindowsOf(
        [
          [0, 'perception', 1, 'softReach', 'Soft reach', 0.68],
          [0, 'perception', 0, 'selfSoothingBreak', 'Time-out', 0.4],
          [1, 'trigger', 0, 'softReach', 'Soft reach', 0.31],
        ],
        { partner: 0, step: 'perception' },
      ),
    });
    const best = screen.getByRole('listitem', { name: /^Theo, step 2 of 5, perception/ });
    expect(best).toHaveAttribute('data-best', 'true');
    // Whose repair and which, beside the figure: the best one here is Priya's soft reach.
    expect(best).toHaveAccessibleName(
      /repair window 7 in 10 · Priya’s soft reach, the best window$/,
    );
    expect(best).toHaveTextContent('Best window · 7 in 10 · Priya’s soft reach');
    expect(best.querySelector('.dance-loop-best-ring')).not.toBeNull();
    const other = screen.getByRole('listitem', { name: /^Priya, step 1 of 5, trigger/ });
    expect(other).toHaveTextContent('3 in 10 · Theo’s soft reach');
    expect(other).toHaveAttribute('data-best', 'false');
    expect(screen.getByRole('listitem', { name: /^Theo, step 1 of 5/ })).toHaveTextContent(
      '0 in 10',
    );
  });

  it('names a couple’s own repair on its badge in their words, a catalogue one in a sentence’s', () => {
    renderLoop({
      windows: loopWindowsOf(
        [
          [0, 'perception', 1, 'team-huddle', 'Team huddle', 0.7],
          [1, 'trigger', 0, 'areResponse', 'Reassuring A.R.E. response', 0.5],
        ],
        null,
      ),
    });
    expect(
      screen.getByRole('listitem', { name: /^Theo, step 2 of 5, perception/ }),
    ).toHaveTextContent('7 in 10 · Priya’s Team huddle');
    expect(
      screen.getByRole('listitem', { name: /^Priya, step 1 of 5, trigger/ }),
    ).toHaveTextContent('5 in 10 · Theo’s reassuring A.R.E. response');
  });
});
