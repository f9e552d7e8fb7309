import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, waitFor, within } from 'storybook/test';
import freezeText from '../models/freeze-and-flee.json?raw';
import { DanceView } from '../src/app/dance/DanceView';
import { danceOf, danceOpened } from './danceDecorator';
import { mapOf } from './sampleDances';

/** Freeze and Flee: both partners withdraw, and the dance sinks rather than spikes. */
const freeze = mapOf(freezeText);

const meta = {
  title: 'Dance/A cold dance',
  component: DanceView,
  parameters: { layout: 'fullscreen' },
  // The map screen around the dance, with a studio of its own at seed 7.
  decorators: [danceOf(freeze)],
} satisfies Meta<typeof DanceView>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Deep in a withdraw–withdraw dance the loop reads cold — "Frozen", not "Deep in the cycle" — and
 * the hearts read quiet, not racing.
 */
export const Frozen: Story = {
  play: async ({ canvasElement }) => {
    await danceOpened(canvasElement);
    const root = within(canvasElement);
    const timeline = root.getByRole('slider', { name: 'Timeline' });
    const last = Number(timeline.getAttribute('max'));
    // Walk the dance until the loop reads its coldest word.
    let found = false;
    for (let i = 0; i <= last && !found; i++) {
      await fireEvent.change(timeline, { target: { value: String(i) } });
      found =
        root.getByLabelText(/^Loop state: /).getAttribute('aria-label') === 'Loop state: Frozen';
    }
    await expect(found).toBe(true);
    await waitFor(() =>
      expect(canvasElement.querySelector('.dance-loop')).toHaveAttribute('data-cue', 'Frozen'),
    );
    await expect(root.getAllByText(/Quiet, shut down/).length).toBeGreaterThan(0);
  },
};
