// A map of the person's own, opened from "Your maps": its "Map" tab (the editor) and its "Dance"
// tab, and moving between them with the arrow keys as in any tab list.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { MapPage } from '../src/app/pages/MapPage';
import type { MapView } from '../src/app/routing/routes';
import { useStudioSelector } from '../src/app/studio/StudioContext';
import { documentMapOf, memoryMapStore } from '../src/studio';
import { opening, polkaCopy, studioLoader, studioOn, withLoadedStudio } from './libraryStudio';

type Tab = Exclude<MapView, 'start'>;

/** The page as the app shows it: the open map, and the tab the address names. */
function OwnMapPage({ initial, onBack }: { readonly initial: Tab; readonly onBack: () => void }) {
  const map = useStudioSelector(documentMapOf);
  const [view, setView] = useState<Tab>(initial);
  return (
    <div className="app-body">
      <main className="app-main">
        {map === null ? (
          <p>Opening the map…</p>
        ) : (
          <MapPage map={map} view={view} onView={setView} onBack={onBack} />
        )}
      </main>
    </div>
  );
}

const meta = {
  title: 'Library/MapPage',
  component: OwnMapPage,
  args: { initial: 'map', onBack: fn() },
  parameters: { layout: 'fullscreen' },
  loaders: [
    studioLoader(() => opening(studioOn(memoryMapStore({ maps: [polkaCopy] })), polkaCopy.id)),
  ],
  decorators: [withLoadedStudio],
} satisfies Meta<typeof OwnMapPage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const MapTab: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const heading = canvas.getByRole('heading', { level: 1, name: 'Protest Polka (our copy)' });
    await waitFor(() => expect(heading).toHaveFocus());
    const map = canvas.getByRole('tab', { name: 'Map' });
    await expect(map).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.getByRole('tab', { name: 'Dance' })).toHaveAttribute(
      'aria-selected',
      'false',
    );
    const panel = canvas.getByRole('tabpanel', { name: 'Map' });
    await expect(within(panel).getByRole('textbox', { name: 'Title' })).toHaveValue(
      'Protest Polka (our copy)',
    );
    await expect(canvas.getByRole('button', { name: 'Download map' })).toBeEnabled();
    await userEvent.click(canvas.getByRole('button', { name: 'Back to all maps' }));
    await expect(args.onBack).toHaveBeenCalledTimes(1);
  },
};

export const DanceTab: Story = {
  args: { initial: 'dance' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('tab', { name: 'Dance' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const panel = canvas.getByRole('tabpanel', { name: 'Dance' });
    await expect(within(panel).getByRole('region', { name: 'Dance' })).toBeVisible();
    await expect(within(panel).getByRole('region', { name: 'Theo (he/him)' })).toBeVisible();
    // Nothing edited yet: the page's own Undo and Redo are there, and have nothing to do.
    await expect(canvas.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Redo' })).toBeDisabled();
    await expect(canvas.queryByRole('textbox', { name: 'Title' })).toBeNull();
  },
};

export const TabsFromTheKeyboard: Story = {
  play: async ({ canvas, userEvent }) => {
    const map = canvas.getByRole('tab', { name: 'Map' });
    // One stop for the tab list: the selected tab is in the Tab order, the other is not.
    await expect(map).toHaveAttribute('tabindex', '0');
    await expect(canvas.getByRole('tab', { name: 'Dance' })).toHaveAttribute('tabindex', '-1');
    await userEvent.click(map);
    await userEvent.keyboard('{ArrowRight}');
    const dance = canvas.getByRole('tab', { name: 'Dance' });
    await expect(dance).toHaveFocus();
    await expect(dance).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.getByRole('tabpanel', { name: 'Dance' })).toBeVisible();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: 'Statechart' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: 'Dynamics' })).toHaveFocus();
    // Past the last tab comes the first again.
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: 'Map' })).toHaveFocus();
    await expect(canvas.getByRole('tabpanel', { name: 'Map' })).toBeVisible();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByRole('tab', { name: 'Dynamics' })).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByRole('tab', { name: 'Statechart' })).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByRole('tab', { name: 'Dance' })).toHaveFocus();
    await expect(canvas.getByRole('tab', { name: 'Dance' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  },
};
