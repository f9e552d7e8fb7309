import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { DanceView } from '../src/app/dance/DanceView';
import { quoted } from '../src/studio';
import { danceOf, danceOpened, seek } from './danceDecorator';
import { polka } from './sampleDances';

const [theo, priya] = polka.partners;

/** Seed 7 floods Theo at turn 36 and Priya at 38; at turn 40 both are flooded. */
const FLOODED_MOMENT = 40;

/** The "Turn N · Round M" counter beside the timeline. */
const counter = (root: HTMLElement) =>
  within(within(root).getByRole('group', { name: 'Playback' })).getByText(/^Turn \d+ · Round \d+$/);

/** A partner's heart rate as the meter reads it, in whole beats per minute. */
const heartRate = (root: HTMLElement, name: string) =>
  Number(
    within(root)
      .getByRole('meter', { name: `${name}’s heart rate` })
      .getAttribute('aria-valuenow'),
  );

const meta = {
  title: 'Dance/DanceView',
  component: DanceView,
  parameters: { layout: 'fullscreen' },
  // The map screen around the dance, so headings and landmarks read as they do in the app; a
  // studio of its own with the Polka loaded at seed 7.
  decorators: [danceOf(polka)],
} satisfies Meta<typeof DanceView>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CalmStart: Story = {
  play: async ({ canvas, canvasElement }) => {
    await danceOpened(canvasElement);
    const dance = canvas.getByRole('region', { name: 'Dance' });
    await expect(dance).toHaveAttribute('data-outcome', 'playing');
    await expect(canvas.getByRole('button', { name: 'Play' })).toBeEnabled();
    await expect(canvas.getByRole('button', { name: 'Step forward' })).toBeEnabled();
    await expect(canvas.getByRole('button', { name: 'Step back' })).toBeDisabled();
    await expect(counter(canvasElement)).toHaveTextContent('Turn 0 · Round 1');
    await expect(canvas.getByRole('region', { name: 'Narration' })).toHaveTextContent(
      `What Theo notices: ${quoted(theo.layers.trigger)}`,
    );
    const repair = canvas.getByRole('group', { name: 'Repair' });
    for (const button of within(repair).getAllByRole('button')) await expect(button).toBeEnabled();
    await expect(within(repair).getByRole('status')).toHaveTextContent('');
    await expect(canvas.getByRole('switch', { name: 'Therapist present' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
  },
};

export const PlaysAndPauses: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await danceOpened(canvasElement);
    // At 4× a turn takes 300 ms, so the story stays short.
    await userEvent.selectOptions(canvas.getByLabelText('Speed'), '4×');
    await userEvent.click(canvas.getByRole('button', { name: 'Play' }));
    await expect(canvas.getByRole('button', { name: 'Pause' })).toBeVisible();
    await waitFor(() => expect(counter(canvasElement)).not.toHaveTextContent('Turn 0 · Round 1'), {
      timeout: 3000,
    });

    await userEvent.click(canvas.getByRole('button', { name: 'Pause' }));
    await expect(canvas.getByRole('button', { name: 'Play' })).toBeVisible();
    const paused = counter(canvasElement).textContent;
    // Longer than two beats at 4×: a paused dance does not move on.
    await new Promise((resolve) => setTimeout(resolve, 700));
    await expect(counter(canvasElement)).toHaveTextContent(paused ?? '');
  },
};

export const ReachFailsWhileFlooded: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await danceOpened(canvasElement);
    await seek(canvasElement, FLOODED_MOMENT);
    await expect(counter(canvasElement)).toHaveTextContent('Turn 40 · Round 5');
    await expect(canvas.getByRole('meter', { name: 'Theo’s heart rate' })).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/flooded/),
    );
    // The narration says what just happened: the flood was told when it began, not again now.
    await expect(canvas.getByRole('region', { name: 'Narration' })).toHaveTextContent(
      /What Theo notices: “/,
    );
    await expect(canvas.getByRole('region', { name: 'Narration' })).not.toHaveTextContent(
      /flooded/,
    );

    const repair = canvas.getByRole('group', { name: 'Repair' });
    await userEvent.click(within(repair).getByRole('button', { name: 'Soft reach by Priya' }));
    await expect(within(repair).getByRole('status')).toHaveTextContent(
      /^Priya tries a soft reach: “.*” Theo is flooded at \d+ bpm, so it can't land yet: a 20-minute break first\. A missed repair also counts as one more hurt\.$/,
    );
    // The dance shows the moment after the reach, and goes on.
    await expect(counter(canvasElement)).toHaveTextContent('Turn 41 · Round 5');
    await expect(canvas.getByRole('region', { name: 'Dance' })).toHaveAttribute(
      'data-outcome',
      'playing',
    );
  },
};

export const RepairLandsAndReconnects: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await danceOpened(canvasElement);
    const dance = canvas.getByRole('region', { name: 'Dance' });
    await userEvent.click(canvas.getByRole('button', { name: 'Step forward' }));
    await expect(counter(canvasElement)).toHaveTextContent('Turn 1 · Round 1');

    const repair = canvas.getByRole('group', { name: 'Repair' });
    await userEvent.click(within(repair).getByRole('button', { name: 'Soft reach by Theo' }));
    await expect(within(repair).getByRole('status')).toHaveTextContent(
      /^Theo tries a soft reach: “.*” It lands \(a \d+ % chance here\): Priya can take it in, and the dance pauses\.$/,
    );
    // On the repair path the palette waits: the loop is paused, not running.
    await expect(
      within(repair).getByRole('button', { name: 'Soft reach by Priya' }),
    ).toBeDisabled();

    const forward = canvas.getByRole('button', { name: 'Step forward' });
    for (let step = 0; step < 10 && dance.dataset.outcome !== 'Reconnected'; step++) {
      await userEvent.click(forward);
    }
    await expect(dance).toHaveAttribute('data-outcome', 'Reconnected');
    await expect(within(dance).getByText('Reconnected', { exact: true })).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Narration' })).toHaveTextContent(
      `Reconnected: the loop is broken, and ${theo.name} and ${priya.name} turn toward each other.`,
    );
    await expect(forward).toBeDisabled();
  },
};

export const TherapistPresent: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await danceOpened(canvasElement);
    await seek(canvasElement, FLOODED_MOMENT);
    const alone = {
      theo: heartRate(canvasElement, 'Theo'),
      priya: heartRate(canvasElement, 'Priya'),
    };
    await expect(alone.theo).toBeGreaterThan(100);

    const therapist = canvas.getByRole('switch', { name: 'Therapist present' });
    await userEvent.click(therapist);
    await expect(therapist).toHaveAttribute('aria-checked', 'true');
    // The same seed at the same moment, co-regulated: both hearts lower, no one flooded yet.
    await expect(counter(canvasElement)).toHaveTextContent('Turn 40 · Round 5');
    await expect(heartRate(canvasElement, 'Theo')).toBeLessThan(alone.theo);
    await expect(heartRate(canvasElement, 'Priya')).toBeLessThan(alone.priya);
    for (const name of ['Theo', 'Priya'])
      await expect(canvas.getByRole('meter', { name: `${name}’s heart rate` })).toHaveAttribute(
        'aria-valuetext',
        expect.not.stringMatching(/flooded/),
      );
  },
};

export const ReducedMotion: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await danceOpened(canvasElement);
    const loop = canvas.getByRole('figure', { name: /^The loop:/ });
    await expect(loop).toHaveAttribute('data-motion', 'full');
    await expect(loop.querySelector('.dance-loop-pulse')).not.toBeNull();

    const motion = canvas.getByRole('switch', { name: 'Reduce motion' });
    await userEvent.click(motion);
    await expect(motion).toHaveAttribute('aria-checked', 'true');
    await expect(loop).toHaveAttribute('data-motion', 'reduced');
    // No pulse travels round the loop; stepping still moves the dance on.
    await expect(loop.querySelector('.dance-loop-pulse')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Step forward' }));
    await expect(counter(canvasElement)).toHaveTextContent('Turn 1 · Round 1');
    await expect(loop.querySelector('.dance-loop-pulse')).toBeNull();
  },
};

export const Keyboard: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await danceOpened(canvasElement);
    // Keys pressed on the page, not on a control: nothing has focus.
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(counter(canvasElement)).toHaveTextContent('Turn 2 · Round 1');
    await userEvent.keyboard('{ArrowLeft}');
    await expect(counter(canvasElement)).toHaveTextContent('Turn 1 · Round 1');

    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('button', { name: 'Pause' })).toBeVisible();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('button', { name: 'Play' })).toBeVisible();

    // R goes to the repairs: the first one that can be tried now takes focus.
    await userEvent.keyboard('r');
    const repair = canvas.getByRole('group', { name: 'Repair' });
    await expect(
      within(repair).getByRole('button', { name: 'Name the cycle by Theo' }),
    ).toHaveFocus();
  },
};

/** Both flooded at turn 40: the loop's state is the deepest word, never "Calm". */
export const FloodedReadsDeep: Story = {
  play: async ({ canvasElement }) => {
    await danceOpened(canvasElement);
    await seek(canvasElement, FLOODED_MOMENT);
    await waitFor(() =>
      expect(within(canvasElement).getByLabelText(/^Loop state: /)).toHaveAccessibleName(
        'Loop state: Deep in the cycle',
      ),
    );
  },
};

/** After a 20-minute break the clock reads as the time of the talk, not as "Turn 241". */
export const ClockAfterABreak: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await danceOpened(canvasElement);
    await seek(canvasElement, 12);
    const root = within(canvasElement);
    await userEvent.click(root.getByRole('button', { name: /^Self-soothing break by Theo$/ }));
    await userEvent.click(root.getByRole('button', { name: 'Step forward' }));
    await expect(
      within(root.getByRole('group', { name: 'Playback' })).getByText(
        /^After a 20-minute break · \d+:\d\d · Round \d+$/,
      ),
    ).toBeVisible();
  },
};

/** The steps the loop draws, both partners. */
const stepsDrawn = (root: HTMLElement) => root.querySelectorAll('.dance-loop-step').length;

/**
 * Presentation mode from the start of the dance: the page is marked for the full-window layout,
 * the loop is empty, and the staged reveal waits for Next.
 */
export const Presenting: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await danceOpened(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Present' }));
    await expect(document.documentElement.dataset['presenting']).toBe('true');
    await expect(stepsDrawn(canvasElement)).toBe(0);
    await expect(canvas.getByRole('region', { name: 'Narration' })).toHaveTextContent(
      `This is the loop ${theo.name} and ${priya.name} get caught in.`,
    );
    await expect(canvas.getByRole('button', { name: /^Next: Both triggers/ })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Previous' })).toBeDisabled();
  },
};

/** Four presses of Next: both partners' triggers, perceptions, reactive emotions and moves. */
export const RevealedToTheMoves: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await danceOpened(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Present' }));
    for (let i = 0; i < 4; i++)
      await userEvent.click(canvas.getByRole('button', { name: /^Next/ }));
    await expect(canvas.getByText('Showing 5 of 7: Both moves')).toBeVisible();
    // All ten steps are in (extra steps come with the step they follow), not yet the crossings.
    await expect(stepsDrawn(canvasElement)).toBe(10);
    await expect(canvasElement.querySelectorAll('.dance-loop-crossing')).toHaveLength(0);
    await expect(canvas.getByRole('region', { name: 'Narration' })).toHaveTextContent(
      /^Both moves:/,
    );
  },
};

/** Play after a reveal: the whole cycle is shown and the dance moves at once. */
export const PlayEndsTheReveal: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await danceOpened(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Present' }));
    await userEvent.click(canvas.getByRole('button', { name: /^Next/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Play' }));
    // The first step follows Play a beat later (FIRST_STEP_MS).
    await waitFor(() => expect(counter(canvasElement)).not.toHaveTextContent('Turn 0 · Round 1'));
    await userEvent.click(canvas.getByRole('button', { name: 'Pause' }));
    await expect(canvas.queryByRole('group', { name: 'Reveal the cycle step by step' })).toBeNull();
    await expect(stepsDrawn(canvasElement)).toBe(10);
  },
};
