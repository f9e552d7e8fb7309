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
