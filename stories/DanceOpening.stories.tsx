import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { DanceOpening, type DanceWidths } from '../src/app/dance/DanceOpening';
import { inAppPage } from './inAppPage';

const meta = {
  title: 'Dance/DanceOpening',
  component: DanceOpening,
  decorators: [inAppPage],
  args: { onWidths: fn() },
} satisfies Meta<typeof DanceOpening>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The dance on its way: a status that says so, in the page's frame, and — once the browser has
 * laid the page out — the widths the loop and the chart will be drawn at, read from boxes nobody
 * sees or hears.
 */
export const Opening: Story = {
  play: async ({ canvas, canvasElement, args }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Opening the dance…');
    // Not yet the Dance region, and nothing of the hidden boxes is visible.
    await expect(canvas.queryByRole('region', { name: 'Dance' })).toBeNull();
    for (const probe of canvasElement.querySelectorAll('.layout-probe'))
      await expect(probe).not.toBeVisible();
    await waitFor(() => expect(args.onWidths).toHaveBeenCalled());
    const calls = (args.onWidths as ReturnType<typeof fn<(widths: DanceWidths) => void>>).mock
      .calls;
    const widths = calls.at(-1)![0];
    const frame = canvasElement.querySelector('.dance-view')!.getBoundingClientRect().width;
    await expect(widths.loop).toBeGreaterThan(0);
    await expect(widths.loop).toBeLessThanOrEqual(frame);
    await expect(widths.chart).toBeGreaterThan(0);
    await expect(widths.chart).toBeLessThanOrEqual(frame);
  },
};
