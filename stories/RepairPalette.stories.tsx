import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import type { PartnerIndex } from '../src/core';
import { repairMessage } from '../src/studio';
import { RepairPalette } from '../src/app/dance/RepairPalette';
import { polka, polkaWithRepairs } from './sampleDances';

/** The message a repair leaves when tried at snapshot `index` of the Polka (seed 7). */
function afterRepair(index: number, by: PartnerIndex, kind: string): string {
  const context = polkaWithRepairs([[index, by, kind]]).snapshots[index + 1]!.context;
  return repairMessage(polka, context.lastRepair!, context);
}

const meta = {
  title: 'Dance/RepairPalette',
  component: RepairPalette,
  args: { map: polka, enabled: true, onRepair: fn(), message: null },
} satisfies Meta<typeof RepairPalette>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Calm: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const group = canvas.getByRole('group', { name: 'Repair' });
    await expect(within(group).getByRole('list', { name: 'Repairs Theo can try' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Soft reach by Theo' }));
    await expect(args.onRepair).toHaveBeenCalledWith(0, 'softReach');
    await userEvent.click(canvas.getByRole('button', { name: 'Hand on his shoulder by Priya' }));
    await expect(args.onRepair).toHaveBeenLastCalledWith(1, 'hand-on-shoulder');
  },
};

export const RepairFails: Story = {
  args: { message: afterRepair(40, 1, 'softReach') },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /^Priya tries a soft reach: “.*” Theo is flooded at \d+ bpm, so it can't land yet: a 20-minute break first\./,
    );
  },
};

export const RepairLands: Story = {
  args: { message: afterRepair(1, 0, 'softReach') },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /^Theo tries a soft reach: “.*” It lands \(a \d+ % chance here\)/,
    );
  },
};

export const BreakTaken: Story = {
  args: { message: afterRepair(40, 0, 'selfSoothingBreak') },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /^Theo takes a 20-minute break to self-soothe: “I'm flooding\. .*” Hearts calm/,
    );
  },
};

export const DanceEnded: Story = {
  args: { enabled: false },
  play: async ({ canvas }) => {
    for (const button of canvas.getAllByRole('button')) await expect(button).toBeDisabled();
  },
};
