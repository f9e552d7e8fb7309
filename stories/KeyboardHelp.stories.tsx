// "?" and its list of keyboard shortcuts, drawn from the actions registry.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { KeyboardHelp } from '../src/app/KeyboardHelp';

const meta = {
  title: 'Shell/KeyboardHelp',
  component: KeyboardHelp,
  decorators: [
    (Story) => (
      <>
        <header className="app-header">
          <p className="app-name">Cyclemap</p>
          <div className="app-header-tools">
            <Story />
          </div>
        </header>
        <main>
          <h1>Keyboard shortcuts</h1>
        </main>
      </>
    ),
  ],
} satisfies Meta<typeof KeyboardHelp>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /Keyboard shortcuts/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  },
};

export const OpenedWithQuestionMark: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.keyboard('?');
    const help = canvas.getByRole('region', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    // The list itself loads when the help is first opened.
    await waitFor(() => expect(help).toHaveTextContent('Play or pause the dance'));
    await expect(help).toHaveTextContent('Quick exit: leave Cyclemap at once');
  },
};
