// "Your maps" on the home page as a person meets it: none yet, several, renaming one, one just
// deleted (and brought back), and a browser that will not store them.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { YourMaps } from '../src/app/library/YourMaps';
import { SaveProblem } from '../src/app/SaveProblem';
import { memoryMapStore } from '../src/studio';
import {
  blankMap,
  freezeCopy,
  polkaCopy,
  studioLoader,
  studioOn,
  withLoadedStudio,
} from './libraryStudio';

const meta = {
  title: 'Library/YourMaps',
  component: YourMaps,
  args: { onNewMap: fn() },
  parameters: { layout: 'fullscreen' },
  decorators: [
    // The home page around the list, with the save alert above it as in the app.
    (Story) => (
      <>
        <SaveProblem />
        <div className="app-body">
          <main className="app-main">
            <div className="home-view">
              <h1>Map the dance, not the partner</h1>
              <Story />
            </div>
          </main>
        </div>
      </>
    ),
    withLoadedStudio,
  ],
} satisfies Meta<typeof YourMaps>;

export default meta;
type Story = StoryObj<typeof meta>;

const threeMaps = studioLoader(() =>
  studioOn(memoryMapStore({ maps: [blankMap, polkaCopy, freezeCopy] })),
);

export const NoMapsYet: Story = {
  loaders: [studioLoader(() => studioOn(memoryMapStore()))],
  play: async ({ canvas, userEvent, args }) => {
    await expect(await canvas.findByText(/^No maps of your own yet\./)).toBeVisible();
    await expect(canvas.queryByRole('list', { name: 'Your maps' })).toBeNull();
    // Nothing to download yet, so no button that would only say so.
    await expect(canvas.queryByRole('button', { name: 'Download all maps' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'New map' }));
    await expect(args.onNewMap).toHaveBeenCalledTimes(1);
  },
};

export const SeveralMaps: Story = {
  loaders: [threeMaps],
  play: async ({ canvas }) => {
    const list = await canvas.findByRole('list', { name: 'Your maps' });
    const items = within(list).getAllByRole('listitem');
    // Newest first.
    await expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual([
      'Freeze and Flee, as we see it',
      'Protest Polka (our copy)',
      'Our cycle',
    ]);
    const newest = within(items[0]!);
    await expect(newest.getByRole('link')).toHaveAttribute('href', '#/map/map-freeze');
    await expect(items[0]).toHaveTextContent(/Ben and Kwame · last changed \S/);
    await expect(items[0]!.querySelector('time')).toHaveAttribute(
      'datetime',
      '2026-12-01T21:05:00.000Z',
    );
    await expect(items[2]).toHaveTextContent(/Partner 1 and Partner 2 · last changed/);
    for (const action of ['Duplicate', 'Rename', 'Delete']) {
      await expect(
        newest.getByRole('button', { name: `${action} “Freeze and Flee, as we see it”` }),
      ).toHaveTextContent(action);
    }
    await expect(canvas.getByRole('button', { name: 'Download all maps' })).toBeEnabled();
    await expect(canvas.getByText(/kept in this browser on this device only/)).toBeVisible();
  },
};

export const RenameInProgress: Story = {
  loaders: [threeMaps],
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Rename “Protest Polka (our copy)”' }),
    );
    const field = canvas.getByRole('textbox', { name: 'New title for “Protest Polka (our copy)”' });
    await expect(field).toHaveValue('Protest Polka (our copy)');
    await userEvent.clear(field);
    await userEvent.type(field, 'Our Sunday polka');
    const form = within(field.closest('li')!);
    await expect(form.getByRole('button', { name: 'Save title' })).toBeVisible();
    await expect(form.getByRole('button', { name: 'Cancel' })).toBeVisible();
    // The form takes the place of that map's buttons; the other maps keep theirs.
    await expect(form.queryByRole('button', { name: /^Delete/ })).toBeNull();
    await expect(canvas.getAllByRole('button', { name: /^Delete “/ })).toHaveLength(2);
  },
};

export const JustDeletedWithUndo: Story = {
  loaders: [threeMaps],
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Delete “Protest Polka (our copy)”' }),
    );
    const undo = await canvas.findByRole('button', { name: 'Undo' });
    // Said in the list's status line, so a screen reader hears it too.
    await expect(undo.closest('[role="status"]')).toHaveTextContent(
      '“Protest Polka (our copy)” deleted. Undo',
    );
    await expect(canvas.queryByRole('link', { name: 'Protest Polka (our copy)' })).toBeNull();
    await expect(canvas.getAllByRole('listitem')).toHaveLength(2);

    await userEvent.click(undo);
    // Back once it is saved again (within the autosave delay).
    await expect(
      await canvas.findByRole('link', { name: 'Protest Polka (our copy)' }, { timeout: 3000 }),
    ).toBeVisible();
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3);
    await expect(canvas.queryByRole('button', { name: 'Undo' })).toBeNull();
  },
};

export const StorageUnavailable: Story = {
  loaders: [studioLoader(() => studioOn(memoryMapStore({ unavailable: true })))],
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(/not letting Cyclemap keep maps here/);
    await expect(alert).toHaveTextContent(/Your maps are not being saved on this device\./);
    await expect(canvas.getByText(/^No maps of your own yet\./)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'New map' })).toBeEnabled();
    // The note below says how to keep a copy, not that the maps are kept here.
    await expect(canvas.getByText(/^While your maps cannot be saved on this device/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Download all maps' })).toBeVisible();
  },
};
