import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { SafetyPanel } from '../src/app/SafetyPanel';

const meta = {
  title: 'Safety/SafetyPanel',
  component: SafetyPanel,
  decorators: [
    (Story) => (
      <div className="app-body">
        <main>
          <h1>Cyclemap</h1>
        </main>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof SafetyPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Always: Story = {
  play: async ({ canvas }) => {
    const panel = canvas.getByRole('complementary', { name: 'Safety and care' });
    await expect(panel).toHaveTextContent(
      'Cyclemap is a tool for reflection, not therapy or a diagnosis.',
    );
    await expect(panel).toHaveTextContent('the ICEEFT directory lists them');
    await expect(panel).toHaveTextContent("the idea that 'the cycle is the enemy' does not apply");
    await expect(panel).toHaveTextContent('reach out to a domestic-violence helpline');
    await expect(panel).toHaveTextContent('press Escape twice');
  },
};

/** Put away during a joint session: the notes hidden, the way to Quick exit still in view. */
export const Collapsed: Story = {
  play: async ({ canvas, userEvent }) => {
    const panel = canvas.getByRole('complementary', { name: 'Safety and care' });
    await userEvent.click(canvas.getByRole('button', { name: 'Hide safety notes' }));
    await expect(canvas.getByText(/reach out to a domestic-violence helpline/)).not.toBeVisible();
    await expect(panel).toHaveTextContent('Quick exit is at the top, or press Escape twice.');
    await userEvent.click(canvas.getByRole('button', { name: 'Show safety notes' }));
    await expect(canvas.getByText(/reach out to a domestic-violence helpline/)).toBeVisible();
  },
};
