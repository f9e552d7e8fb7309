import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, fn, within } from 'storybook/test';
import { App } from '../src/app/App';

const meta = {
  title: 'App/App',
  component: App,
  args: { onQuickExit: fn() },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof App>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Home: Story = {
  play: async ({ canvas }) => {
    const list = canvas.getByRole('region', { name: 'Built-in cycles' });
    await expect(within(list).getAllByRole('button')).toHaveLength(5);
    await expect(canvas.getByLabelText('Open a map file…')).toBeEnabled();
  },
};

export const OpensTheProtestPolka: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Protest Polka' }));
    // The map's page loads when first opened (its title shows meanwhile); then its title takes focus.
    await waitFor(
      () => expect(canvas.getByRole('heading', { level: 1, name: 'Protest Polka' })).toHaveFocus(),
      { timeout: 5000 },
    );
    await expect(canvas.getByRole('region', { name: 'Theo (he/him)' })).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Priya (she/her)' })).toBeVisible();
    const loop = canvas.getByRole('region', { name: 'The loop in words' });
    await expect(within(loop).getAllByRole('listitem')[0]).toHaveTextContent(/^Theo’s trigger:/);
  },
};

export const EscapeTwiceLeaves: Story = {
  play: async ({ userEvent, args }) => {
    await userEvent.keyboard('{Escape}{Escape}');
    await expect(args.onQuickExit).toHaveBeenCalledTimes(1);
  },
};
