import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import secureText from '../models/secure-cycle.json?raw';
import { compileMachine, extendSession, sessionFrames, startSession } from '../src/core';
import { repairMarks } from '../src/studio';
import { ScoreChart } from '../src/viz/chart/ScoreChart';
import { mapOf, polka, polkaAlone, polkaFailBreakLand } from './sampleDances';

const polkaFrames = sessionFrames(polkaAlone);
const repairedFrames = sessionFrames(polkaFailBreakLand);

const secure = mapOf(secureText);
const secureMachine = compileMachine(secure);
const secureSession = extendSession(secureMachine, startSession(secureMachine, { seed: 7 }), 150);
const secureFrames = sessionFrames(secureSession);

const meta = {
  title: 'Dance/ScoreChart',
  component: ScoreChart,
  decorators: [
    (Story) => (
      <main className="app-body">
        <div>
          <h1>The dance over time</h1>
          <Story />
        </div>
      </main>
    ),
  ],
  args: { map: polka, frames: polkaFrames, currentIndex: 8, repairs: [] },
} satisfies Meta<typeof ScoreChart>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CalmStart: Story = {
  play: async ({ canvas }) => {
    const figure = canvas.getByRole('figure', { name: 'Feelings and heart rates, turn by turn' });
    await expect(
      within(figure).getByText(
        'Scores and heart rates are illustrations from the model, not measurements.',
      ),
    ).toBeVisible();
    await expect(within(figure).getByRole('img')).toHaveAccessibleName(
      'Scores from turn 0 to 8: Theo from −2 to −4, Priya from −1 to −5; neither flooded.',
    );
    await expect(within(figure).getByRole('list', { name: 'Legend' })).toHaveTextContent(
      /Theo.*Priya.*Flooding/,
    );
  },
};

export const EscalatingToFlooding: Story = {
  args: { currentIndex: 57 },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img')).toHaveAccessibleName(
      'Scores from turn 0 to 57: Theo from −2 to −24, Priya from −1 to −24; both flooded from turn 38; disengaged at turn 57.',
    );
    // The full label on wide screens, "Flooding" alone on narrow ones.
    await expect(
      within(canvas.getByRole('img')).getByText(
        /^Flooding(: Theo above 100 bpm, Priya above 98)?$/,
      ),
    ).toBeVisible();
    const table = canvas.getByRole('table', { name: /The last 10 turns shown/ });
    await expect(within(table).getAllByRole('row')).toHaveLength(11);
    await expect(within(table).getByRole('row', { name: /^57 / })).toHaveTextContent('(flooded)');
  },
};

export const RepairFailsThenBreakThenLands: Story = {
  args: {
    frames: repairedFrames,
    currentIndex: repairedFrames.length - 1,
    repairs: repairMarks(polka, polkaFailBreakLand),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('✗ Theo: Soft reach')).toBeVisible();
    await expect(canvas.getByText('☾ Priya: Self-soothing break')).toBeVisible();
    await expect(canvas.getByText('✓ Priya: Soft reach')).toBeVisible();
    await expect(canvas.getByText('20-minute break')).toBeVisible();
    await expect(canvas.getByRole('img')).toHaveAccessibleName(
      /both flooded from turn 38 to 46; a 20-minute break after turn 46; repairs: Theo’s soft reach failed at turn 43, Priya’s soft reach landed at turn 248; reconnected at turn 251\.$/,
    );
  },
};

/** The secure cycle finds its own way back: both settle warm, no repair needed. */
export const Reconnected: Story = {
  args: { map: secure, frames: secureFrames, currentIndex: secureFrames.length - 1 },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img')).toHaveAccessibleName(
      /^Scores from turn 0 to 20: Noor from .*, Sam from .*; neither flooded; reconnected at turn 20\.$/,
    );
  },
};

/** The whole run drawn faded behind the moment playing (`showFuture`). */
export const WithTheFutureFaded: Story = {
  args: { currentIndex: 30, showFuture: true },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('figure', { name: 'Feelings and heart rates, turn by turn' }),
    ).toHaveAttribute('data-show-future', 'true');
    await expect(canvas.getByRole('img')).toHaveAccessibleName(/^Scores from turn 0 to 57:/);
  },
};

/**
 * The repaired dance beside the same seed's dance left alone, drawn faint and dotted: alone they
 * disengage at turn 57, turns that fall in the break's gap and so are not drawn.
 */
export const RepairedWithTheDanceWithoutRepair: Story = {
  name: 'Repaired, with the dance without repair',
  args: {
    frames: repairedFrames,
    currentIndex: repairedFrames.length - 1,
    repairs: repairMarks(polka, polkaFailBreakLand),
    baseline: polkaFrames,
  },
  play: async ({ canvas }) => {
    const legend = canvas.getByRole('list', { name: 'Legend' });
    await expect(within(legend).getByText('Without repair (same seed)')).toBeVisible();
    await expect(canvas.getByRole('img')).toHaveAccessibleName(
      /; reconnected at turn 251\. Without the repairs, the same dance ends disengaged at turn 57\.$/,
    );
  },
};
