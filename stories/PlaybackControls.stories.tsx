import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, fn, within } from 'storybook/test';
import { PlaybackControls } from '../src/app/dance/PlaybackControls';
import { clockText } from '../src/studio';
import { polkaAlone } from './sampleDances';

/** The Polka left alone (seed 7) has 58 moments: turn 0 to turn 57, where they disengage. */
const last = polkaAlone.snapshots.length - 1;

/** Where the dance is at snapshot `index` of the Polka, as the dance view passes it. */
function at(index: number) {
  const { turn, round } = polkaAlone.snapshots[index]!.context;
  return { index, clock: clockText(turn, round, { count: 0, turns: 0 }) };
}

const meta = {
  title: 'Dance/PlaybackControls',
  component: PlaybackControls,
  args: {
    playing: false,
    ...at(0),
    last,
    speed: 1,
    onToggle: fn(),
    onStepBack: fn(),
    onStepForward: fn(),
    onRestart: fn(),
    onSeek: fn(),
    onSpeed: fn(),
  },
} satisfies Meta<typeof PlaybackControls>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AtTheStart: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const playback = canvas.getByRole('group', { name: 'Playback' });
    await expect(within(playback).getByText('Turn 0 · Round 1')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Step back' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Restart' })).toBeDisabled();
    const timeline = canvas.getByRole('slider', { name: 'Timeline' });
    await expect(timeline).toHaveAttribute('aria-valuetext', 'Moment 1 of 58: Turn 0 · Round 1');

    await userEvent.click(canvas.getByRole('button', { name: 'Play' }));
    await expect(args.onToggle).toHaveBeenCalledTimes(1);
    await userEvent.click(canvas.getByRole('button', { name: 'Step forward' }));
    await expect(args.onStepForward).toHaveBeenCalledTimes(1);

    // Dragging the timeline asks for that moment (user-event cannot drag a range input).
    await fireEvent.change(timeline, { target: { value: '40' } });
    await expect(args.onSeek).toHaveBeenLastCalledWith(40);
    // Keyboard: Space on the focused Play button presses it.
    canvas.getByRole('button', { name: 'Play' }).focus();
    await userEvent.keyboard(' ');
    await expect(args.onToggle).toHaveBeenCalledTimes(2);
    await userEvent.selectOptions(canvas.getByLabelText('Speed'), '4×');
    await expect(args.onSpeed).toHaveBeenLastCalledWith(4);
    await expect(args.onStepBack).not.toHaveBeenCalled();
    await expect(args.onRestart).not.toHaveBeenCalled();
  },
};

export const Playing: Story = {
  args: { playing: true, ...at(20), speed: 2 },
  play: async ({ canvas, userEvent, args }) => {
    const pause = canvas.getByRole('button', { name: 'Pause' });
    await expect(pause).toHaveAttribute('aria-keyshortcuts', 'Space');
    await expect(canvas.queryByRole('button', { name: 'Play' })).toBeNull();
    await expect(canvas.getByLabelText('Speed')).toHaveDisplayValue('2×');
    await expect(canvas.getByRole('slider', { name: 'Timeline' })).toHaveAttribute(
      'aria-valuetext',
      'Moment 21 of 58: Turn 20 · Round 3',
    );

    // Keyboard: Tab reaches Pause first, and Enter presses it.
    await userEvent.tab();
    await expect(pause).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onToggle).toHaveBeenCalledTimes(1);
    await userEvent.click(canvas.getByRole('button', { name: 'Step back' }));
    await expect(args.onStepBack).toHaveBeenCalledTimes(1);
  },
};

export const AtTheEnd: Story = {
  args: at(last),
  play: async ({ canvas, userEvent, args }) => {
    const playback = canvas.getByRole('group', { name: 'Playback' });
    await expect(within(playback).getByText('Turn 57 · Round 6')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Step forward' })).toBeDisabled();
    await expect(canvas.getByRole('slider', { name: 'Timeline' })).toHaveAttribute(
      'aria-valuetext',
      'Moment 58 of 58: Turn 57 · Round 6',
    );

    await userEvent.click(canvas.getByRole('button', { name: 'Restart' }));
    await expect(args.onRestart).toHaveBeenCalledTimes(1);
    await userEvent.click(canvas.getByRole('button', { name: 'Step back' }));
    await expect(args.onStepBack).toHaveBeenCalledTimes(1);
    await expect(args.onStepForward).not.toHaveBeenCalled();
  },
};
