// The one short screen before a new map is filled in: when to map, each writing their own side
// first, what stays on the device, when this is not the right start, and the way out.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { StartScreen } from '../src/app/pages/StartScreen';
import { VIOLENCE_TEXT } from '../src/app/SafetyPanel';
import { memoryMapStore } from '../src/studio';
import { blankMap, studioLoader, studioOn, withLoadedStudio } from './libraryStudio';
import { inAppPage } from './inAppPage';

const meta = {
  title: 'Library/StartScreen',
  component: StartScreen,
  args: { title: blankMap.title, onStart: fn(), onQuickExit: fn() },
  parameters: { layout: 'fullscreen' },
  loaders: [studioLoader(() => studioOn(memoryMapStore({ maps: [blankMap] })))],
  decorators: [inAppPage, withLoadedStudio],
} satisfies Meta<typeof StartScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const BeforeMapping: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const heading = canvas.getByRole('heading', { level: 1, name: 'Before you map “Our cycle”' });
    // A person arriving here (by keyboard or screen reader) starts at the top of this screen.
    await waitFor(() => expect(heading).toHaveFocus());
    const points = canvas.getAllByRole('listitem');
    await expect(points).toHaveLength(3);
    await expect(points[0]).toHaveTextContent(/when you are both calm/);
    await expect(points[1]).toHaveTextContent(/Each of you can write your own side first/);
    await expect(points[2]).toHaveTextContent(/Nothing you write leaves this device/);
    await expect(canvas.getByText(VIOLENCE_TEXT)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Start mapping' }));
    await expect(args.onStart).toHaveBeenCalledTimes(1);
    await expect(args.onQuickExit).not.toHaveBeenCalled();
  },
};

export const QuickExit: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Quick exit' }));
    await expect(args.onQuickExit).toHaveBeenCalledTimes(1);
    await expect(args.onStart).not.toHaveBeenCalled();
  },
};
