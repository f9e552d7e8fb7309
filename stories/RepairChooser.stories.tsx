// Stories of the chooser a repair arrow of the statechart opens: whose repair, and which — a
// reaching arrow's repairs, the break's arrow, choosing one, and closing it without a choice.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { chartModel, type SceneEdge } from '../src/core';
import { RepairChooser } from '../src/app/statechart/RepairChooser';
import { polka } from './sampleDances';

/**
 * The Polka's repair arrow with `guard`, as the laid-out chart hands it over. Where it is drawn
 * does not matter here: the story places the chooser through `at`.
 */
function repairArrow(guard: 'isReach' | 'isBreak'): SceneEdge {
  const edge = chartModel(polka).edges.find((e) => e.event === 'REPAIR' && e.guard === guard);
  if (edge === undefined) throw new Error(`The Polka has no REPAIR [${guard}] arrow.`);
  return { ...edge, points: [], labelBox: null };
}

const meta = {
  title: 'Statechart/RepairChooser',
  component: RepairChooser,
  args: {
    map: polka,
    edge: repairArrow('isReach'),
    at: { x: 24, y: 16 },
    onChoose: fn(),
    onClose: fn(),
  },
  // The chooser sits inside the statechart's frame, at the arrow's label.
  decorators: [
    (Story) => (
      <div className="statechart-frame" style={{ minHeight: '24rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof RepairChooser>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A reaching arrow: Theo’s and Priya’s reaching repairs, their own among them, and no break. */
export const ReachingArrow: Story = {
  play: async ({ canvas }) => {
    const dialog = canvas.getByRole('dialog', { name: 'Try a repair: whose, and which' });
    await expect(within(dialog).getByText('Try a repair: whose, and which?')).toBeVisible();

    const theos = within(dialog).getByRole('list', { name: 'Theo’s' });
    const priyas = within(dialog).getByRole('list', { name: 'Priya’s' });
    // The six catalogue repairs that reach, then the couple's own, as they wrote it.
    await expect(within(theos).getAllByRole('button')).toHaveLength(7);
    await expect(within(priyas).getAllByRole('button')).toHaveLength(7);
    await expect(within(theos).getByRole('button', { name: 'Theo’s soft reach' })).toBeVisible();
    await expect(
      within(theos).getByRole('button', { name: 'Theo’s Tea and a truce' }),
    ).toBeVisible();
    await expect(
      within(priyas).getByRole('button', { name: 'Priya’s Hand on his shoulder' }),
    ).toBeVisible();
    // In the sentence only the first letter is lowered: the abbreviation keeps its capitals.
    await expect(
      within(priyas).getByRole('button', { name: 'Priya’s reassuring A.R.E. response' }),
    ).toBeVisible();
    // A break is the break arrow's, not this one's.
    await expect(within(dialog).queryByRole('button', { name: /self-soothing break/ })).toBeNull();
    // Focus starts on the first choice, so the keyboard can go straight on.
    await expect(canvas.getByRole('button', { name: 'Theo’s name the cycle' })).toHaveFocus();
  },
};

/** Choosing a repair tries it: whose it is (Theo 0, Priya 1) and which, by its id. */
export const ChoosingARepair: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Priya’s soft reach' }));
    await expect(args.onChoose).toHaveBeenLastCalledWith(1, 'softReach');
    await userEvent.click(canvas.getByRole('button', { name: 'Theo’s Tea and a truce' }));
    await expect(args.onChoose).toHaveBeenLastCalledWith(0, 'tea-truce');
    // Enter on the first choice, focused when the chooser opened.
    canvas.getByRole('button', { name: 'Theo’s name the cycle' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onChoose).toHaveBeenLastCalledWith(0, 'nameTheCycle');
    await expect(args.onChoose).toHaveBeenCalledTimes(3);
    await expect(args.onClose).not.toHaveBeenCalled();
  },
};

/** The break's arrow: each partner’s self-soothing break, and nothing that reaches. */
export const BreakArrow: Story = {
  args: { edge: repairArrow('isBreak') },
  play: async ({ canvas, userEvent, args }) => {
    const dialog = canvas.getByRole('dialog', { name: 'Take a break: whose, and which' });
    await expect(within(dialog).getByText('Take a break: whose, and which?')).toBeVisible();
    const theos = within(dialog).getByRole('list', { name: 'Theo’s' });
    const priyas = within(dialog).getByRole('list', { name: 'Priya’s' });
    await expect(within(theos).getByRole('button')).toHaveAccessibleName(
      'Theo’s self-soothing break',
    );
    await expect(within(priyas).getByRole('button')).toHaveAccessibleName(
      'Priya’s self-soothing break',
    );
    await expect(within(dialog).queryByRole('button', { name: /soft reach/ })).toBeNull();
    await expect(within(theos).getByRole('button')).toHaveFocus();

    await userEvent.click(within(priyas).getByRole('button'));
    await expect(args.onChoose).toHaveBeenCalledTimes(1);
    await expect(args.onChoose).toHaveBeenCalledWith(1, 'selfSoothingBreak');
  },
};

/** Escape or Cancel closes the chooser and tries nothing. */
export const ClosedWithoutAChoice: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('button', { name: 'Theo’s name the cycle' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(args.onClose).toHaveBeenCalledTimes(1);
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel' }));
    await expect(args.onClose).toHaveBeenCalledTimes(2);
    await expect(args.onChoose).not.toHaveBeenCalled();
  },
};
