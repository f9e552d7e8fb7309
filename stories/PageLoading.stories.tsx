import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { PageLoading } from '../src/app/PageLoading';
import { inAppPage } from './inAppPage';

const meta = {
  title: 'App/PageLoading',
  component: PageLoading,
  decorators: [inAppPage],
} satisfies Meta<typeof PageLoading>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A page whose code is on its way: a status that says so, holding a screen's height. */
export const Opening: Story = {
  play: async ({ canvas }) => {
    const status = canvas.getByRole('status');
    await expect(status).toHaveTextContent('Opening…');
    await expect(canvas.queryByRole('heading')).toBeNull();
    await expect(status.getBoundingClientRect().height).toBeGreaterThanOrEqual(window.innerHeight);
  },
};

/** A built-in map on its way: its title already where the map's page will put it. */
export const OpeningAMap: Story = {
  args: { title: 'Protest Polka' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: 'Protest Polka' })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('Opening…');
  },
};
