import type { Meta, StoryObj } from '@storybook/react-vite';
import type { screen } from 'storybook/test';
import { expect, fn, waitFor } from 'storybook/test';
import { RepairDrawer } from '../src/app/dance/RepairDrawer';
import { RepairPalette } from '../src/app/dance/RepairPalette';
import { polka } from './sampleDances';

const meta = {
  title: 'Dance/RepairDrawer',
  component: RepairDrawer,
  args: {
    defaultOpen: false,
    children: <RepairPalette map={polka} enabled onRepair={fn()} message={null} />,
  },
  decorators: [
    (Story) => (
      <div className="dance-side-lower" style={{ maxWidth: '26rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof RepairDrawer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A repair's button, found whether or not the drawer shows it. */
const reach = (canvas: { getByRole: typeof screen.getByRole }) =>
  canvas.getByRole('button', { name: 'Soft reach by Theo', hidden: true });

/** On the stage of a wide screen: closed, out of the hearts' way, one click (or R) from open. */
export const ClosedOnTheStage: Story = {
  play: async ({ canvas, userEvent }) => {
    const summary = canvas.getByText('Repairs and repair windows');
    await expect(reach(canvas)).not.toBeVisible();
    await userEvent.click(summary);
    await expect(reach(canvas)).toBeVisible();
    await userEvent.click(summary);
    await expect(reach(canvas)).not.toBeVisible();
  },
};

/** On a narrow screen: open in the page, the repairs at hand; it can still be closed. */
export const OpenOnAPhone: Story = {
  args: { defaultOpen: true },
  play: async ({ canvas, userEvent }) => {
    await expect(reach(canvas)).toBeVisible();
    await userEvent.click(canvas.getByText('Repairs and repair windows'));
    await waitFor(() => expect(reach(canvas)).not.toBeVisible());
  },
};
