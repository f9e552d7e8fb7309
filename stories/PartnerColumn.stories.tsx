import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { PartnerColumn } from '../src/viz/PartnerColumn';
import { kitWithExtraSteps, priyaHalfExplored, theo } from './samplePartners';

const meta = {
  title: 'Map/PartnerColumn',
  component: PartnerColumn,
  // A page around the column, so headings and landmarks read as they do in the app.
  decorators: [
    (Story) => (
      <main className="app-body">
        <div>
          <h1>A partner’s side</h1>
          <h2>Each partner’s side</h2>
          <Story />
        </div>
      </main>
    ),
  ],
} satisfies Meta<typeof PartnerColumn>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AllLayersFilled: Story = {
  args: { partner: theo, partnerIndex: 0 },
  play: async ({ canvas }) => {
    const column = canvas.getByRole('region', { name: 'Theo (he/him)' });
    const cycle = within(column).getByRole('list', { name: 'In the cycle' });
    await expect(cycle).toBeVisible();
    await expect(cycle).toHaveTextContent(/^Theo’s move in the cycle: pursuing/);
    await expect(cycle).toHaveTextContent(/What the cycle pulls on in Theo: anxious attachment/);
    await expect(column).not.toHaveTextContent(/tends to/);
    await expect(within(column).getByRole('separator', { name: 'the line' })).toBeVisible();
    await expect(within(column).getByRole('listitem', { name: 'Longing' })).toHaveTextContent(
      'to know I still matter to her',
    );
    await expect(within(column).queryByText('not explored yet')).toBeNull();
  },
};

export const SomeLayersNotExploredYet: Story = {
  args: { partner: priyaHalfExplored, partnerIndex: 1 },
  play: async ({ canvas }) => {
    const below = canvas.getByRole('list', { name: 'Below the line' });
    const items = within(below).getAllByRole('listitem');
    await expect(items).toHaveLength(3);
    for (const item of items) await expect(item).toHaveTextContent('not explored yet');
    await expect(canvas.getByRole('listitem', { name: 'Move' })).toHaveTextContent(
      'close the study door',
    );
  },
};

export const WithExtraSteps: Story = {
  args: { partner: kitWithExtraSteps, partnerIndex: 0 },
  play: async ({ canvas }) => {
    const above = canvas.getByRole('list', { name: 'Above the line' });
    const labels = within(above)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.layer-label')?.textContent);
    await expect(labels).toEqual([
      'Trigger',
      'Perception',
      'Extra step',
      'Reactive emotion',
      'Move',
      'Extra step',
      'Extra step',
    ]);
    await expect(canvas.getByRole('list', { name: 'In the cycle' })).toHaveTextContent(
      /move in the cycle: pursuing, then withdrawing/,
    );
  },
};
