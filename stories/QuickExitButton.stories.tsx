import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { QuickExitButton } from '../src/app/QuickExitButton';

const meta = {
  title: 'Safety/QuickExitButton',
  component: QuickExitButton,
  // The stub stands in for leaving the page, which would end the story.
  args: { onExit: fn() },
  decorators: [
    (Story) => (
      <header className="app-header">
        <p className="app-name">Cyclemap</p>
        <Story />
      </header>
    ),
  ],
} satisfies Meta<typeof QuickExitButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const LeavesOnClick: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Quick exit' }));
    await expect(args.onExit).toHaveBeenCalledTimes(1);
  },
};

export const LeavesFromTheKeyboard: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const button = canvas.getByRole('button', { name: 'Quick exit' });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onExit).toHaveBeenCalledTimes(1);
  },
};
