import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { repairWindows } from '../src/core';
import { loopWindowsFor } from '../src/studio';
import { DanceLoop, type DanceLoopProps } from '../src/viz/loop/DanceLoop';
import { moment, polka, polkaAlone, polkaReachLands } from './sampleDances';

const samples = {
  calm: moment(polkaAlone, 0),
  escalating: moment(polkaAlone, 25),
  flooded: moment(polkaAlone, 45),
  repairing: moment(polkaReachLands, 10),
  reconnected: moment(polkaReachLands, -1),
  disengaged: moment(polkaAlone, -1),
};

/** Round 1's best figure per step over 200 seeded runs, as the dance view passes it. */
const polkaWindows = () =>
  loopWindowsFor(repairWindows(polka, { runs: 200, seed: 1, rounds: 1 }), 1);

const meta = {
  title: 'Dance/DanceLoop',
  component: DanceLoop,
  args: { map: polka, turnDurationMs: 700, reducedMotion: false, ...samples.calm },
  // The dance view's region around the loop, so names and landmarks read as they do in the app.
  decorators: [
    (Story) => (
      <main className="app-body">
        <section aria-label="Dance">
          <h1>The dance</h1>
          <Story />
        </section>
      </main>
    ),
  ],
} satisfies Meta<typeof DanceLoop>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Calm: Story = {
  play: async ({ canvas }) => {
    const loop = canvas.getByRole('figure', { name: /^The loop:/ });
    await expect(loop).toHaveAttribute('data-phase', 'loop');
    await expect(within(loop).getByText('Turn 0 · Round 1')).toBeVisible();
    await expect(within(loop).getByText('Calm')).toBeVisible();
    const theo = within(loop).getByRole('list', { name: 'Theo’s steps' });
    await expect(within(theo).getAllByRole('listitem')).toHaveLength(5);
    await expect(
      within(theo).getByRole('listitem', { name: /^Theo, step 1 of 5, trigger: Priya says/ }),
    ).toHaveAttribute('aria-current', 'step');
    await expect(
      within(loop).getByRole('img', { name: 'Theo’s move sets off Priya’s trigger' }),
    ).toBeInTheDocument();
    await expect(within(loop).queryByText('Flooded')).toBeNull();
  },
};

export const Escalating: Story = {
  args: samples.escalating,
  play: async ({ canvas }) => {
    const loop = canvas.getByRole('figure', { name: /^The loop:/ });
    await expect(within(loop).getByText('Escalating')).toBeVisible();
    await expect(within(loop).getByText('Turn 25 · Round 3')).toBeVisible();
    const widths = [...loop.querySelectorAll('.dance-loop-arc')].map((arc) =>
      Number(arc.getAttribute('stroke-width')),
    );
    for (const width of widths) await expect(width).toBeGreaterThan(5);
  },
};

export const Flooded: Story = {
  args: samples.flooded,
  play: async ({ canvas }) => {
    const loop = canvas.getByRole('figure', { name: /^The loop:/ });
    await expect(within(loop).getByText('Deep in the cycle')).toBeVisible();
    for (const name of ['Theo', 'Priya']) {
      const figure = within(loop).getByRole('img', { name: `${name}, flooded` });
      await expect(figure).toHaveAttribute('data-flooded', 'true');
      await expect(figure).toHaveTextContent('Flooded');
    }
  },
};

export const RepairPath: Story = {
  args: samples.repairing,
  play: async ({ canvas }) => {
    const loop = canvas.getByRole('figure', { name: /^The loop:/ });
    await expect(loop).toHaveAttribute('data-phase', 'repairing');
    await expect(within(loop).getByText('Repair path:')).toBeVisible();
    await expect(within(loop).getByText('Soft reach')).toBeVisible();
    for (const figure of within(loop).getAllByRole('img', { name: /^(Theo|Priya)$/ }))
      await expect(figure).toHaveAttribute('data-facing', 'toward');
  },
};

export const Reconnected: Story = {
  args: samples.reconnected,
  play: async ({ canvas }) => {
    const loop = canvas.getByRole('figure', { name: /^The loop:/ });
    await expect(loop).toHaveAttribute('data-open', 'true');
    await expect(within(loop).getByText(/^Reconnected/)).toBeVisible();
    await expect(
      within(loop).getByRole('img', { name: /^The loop is open here/ }),
    ).toBeInTheDocument();
    await expect(loop.querySelector('.dance-loop-figures')).toHaveAttribute(
      'data-together',
      'true',
    );
  },
};

export const Disengaged: Story = {
  args: samples.disengaged,
  play: async ({ canvas }) => {
    const loop = canvas.getByRole('figure', { name: /^The loop:/ });
    await expect(loop).toHaveAttribute('data-phase', 'disengaged');
    await expect(within(loop).getByText(/^Disengaged/)).toBeVisible();
    await expect(loop.querySelector('.dance-loop-arcs')).toHaveAttribute('data-tone', 'faded');
  },
};

export const OverlayOn: Story = {
  args: { ...samples.calm, windows: polkaWindows() },
  play: async ({ canvas }) => {
    const loop = canvas.getByRole('figure', { name: /^The loop:/ });
    const best = within(loop).getByRole('listitem', { name: /the best window$/ });
    await expect(best).toHaveAttribute('data-best', 'true');
    // Each badge says the figure, then whose repair it is and which.
    await expect(
      within(best).getByText(/^Best window · \d+ in 10 · (Theo|Priya)’s .+$/),
    ).toBeVisible();
    await expect(
      within(loop).getAllByText(/^(<1|\d+) in 10 · (Theo|Priya)’s .+$/).length,
    ).toBeGreaterThan(5);
  },
};

export const ReducedMotion: Story = {
  args: { ...samples.escalating, reducedMotion: true },
  play: async ({ canvas }) => {
    const loop = canvas.getByRole('figure', { name: /^The loop:/ });
    await expect(loop).toHaveAttribute('data-motion', 'reduced');
    await expect(loop.querySelector('.dance-loop-pulse')).toBeNull();
    // Keyboard: the first step takes focus and shows its full words beside it.
    await userEvent.tab();
    const first = within(loop).getByRole('listitem', { name: /^Theo, step 1 of 5/ });
    await expect(first).toHaveFocus();
    await expect(within(loop).getByRole('tooltip')).toHaveTextContent(
      polka.partners[0].layers.trigger,
    );
  },
};

/** The loop moving on from turn 24 to turn 25, with a button to take the step. */
function SteppingOn(args: DanceLoopProps) {
  const [index, setIndex] = useState(24);
  return (
    <>
      <button type="button" onClick={() => setIndex(25)}>
        Next moment
      </button>
      <DanceLoop {...args} {...moment(polkaAlone, index)} />
    </>
  );
}

/** What moves is moved by the browser's compositor: only transforms and opacity, then it rests. */
export const Motion: Story = {
  args: { turnDurationMs: 600 },
  render: SteppingOn,
  play: async ({ canvas }) => {
    const loop = canvas.getByRole('figure', { name: /^The loop:/ });
    await userEvent.click(canvas.getByRole('button', { name: 'Next moment' }));
    const running = () => loop.getAnimations({ subtree: true });
    const moving = (selector: string) =>
      [...loop.querySelectorAll(selector)].some((el) => el.getAnimations().length > 0);
    // The pulse travels, the loop fades in over the moment before, the moment before fades out.
    await expect(moving('.dance-loop-pulse')).toBe(true);
    await expect(moving('.dance-loop-arcs')).toBe(true);
    await expect(moving('.dance-loop-arcs-before')).toBe(true);
    for (const animation of running()) {
      const keyframes = (animation.effect as KeyframeEffect).getKeyframes();
      for (const frame of keyframes) {
        const animated = Object.keys(frame).filter(
          (key) => !['offset', 'computedOffset', 'easing', 'composite'].includes(key),
        );
        for (const property of animated) await expect(['transform', 'opacity']).toContain(property);
      }
    }
    // Then everything rests where React drew it.
    await waitFor(() => expect(running()).toHaveLength(0), { timeout: 3000 });
  },
};

/**
 * While the dance plays (`lead`), a turn's first frame only sends the pulse off; the loop's new
 * heat, step and clock follow once that frame is painted, so the browser is already moving the
 * pulse while the page redraws the rest.
 */
export const PulseLeads: Story = {
  args: { turnDurationMs: 600, lead: true },
  render: SteppingOn,
  play: async ({ canvas }) => {
    const loop = canvas.getByRole('figure', { name: /^The loop:/ });
    const moving = (selector: string) =>
      [...loop.querySelectorAll(selector)].some((el) => el.getAnimations().length > 0);
    const current = () => loop.querySelector('[aria-current="step"]')?.getAttribute('aria-label');
    // Whatever moved as the loop first appeared has come to rest.
    await waitFor(() => expect(loop.getAnimations({ subtree: true })).toHaveLength(0), {
      timeout: 3000,
    });
    const stepBefore = current();
    canvas.getByRole('button', { name: 'Next moment' }).click();
    // React renders the click in a microtask; the first frame after it is the one to look at.
    await Promise.resolve();
    const firstFrame = await new Promise<{ pulse: boolean; arcs: boolean; step: unknown }>((seen) =>
      requestAnimationFrame(() =>
        seen({
          pulse: moving('.dance-loop-pulse'),
          arcs: moving('.dance-loop-arcs'),
          step: current(),
        }),
      ),
    );
    await expect(firstFrame).toEqual({ pulse: true, arcs: false, step: stepBefore });
    // Then the rest of the loop catches up: the next step, and the loop's change of heat.
    await waitFor(() => expect(current()).not.toBe(stepBefore));
    await expect(moving('.dance-loop-arcs')).toBe(true);
    await expect(moving('.dance-loop-pulse')).toBe(true);
  },
};
