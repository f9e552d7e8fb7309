// "Earlier versions" of a map of the person's own: before any version has been kept, and with
// three kept, one of which is restored.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { EarlierVersions } from '../src/app/pages/EarlierVersions';
import { useStudioSelector } from '../src/app/studio/StudioContext';
import { newMap } from '../src/core';
import { documentMapOf, memoryMapStore } from '../src/studio';
import { opening, studioLoader, studioOn, withLoadedStudio } from './libraryStudio';

const sunday = newMap('map-sunday', '2026-11-21T09:00:00.000Z');

/** The map's page, cut down to its title and its earlier versions. */
function VersionsOfOpenMap() {
  const map = useStudioSelector(documentMapOf);
  return (
    <div className="app-body">
      <main className="app-main">
        {map === null ? (
          <p>Opening the map…</p>
        ) : (
          <article className="cycle-map-view own-map-view">
            <h1>{map.title}</h1>
            <EarlierVersions map={map} />
          </article>
        )}
      </main>
    </div>
  );
}

const meta = {
  title: 'Library/EarlierVersions',
  component: VersionsOfOpenMap,
  parameters: { layout: 'fullscreen' },
  decorators: [withLoadedStudio],
} satisfies Meta<typeof VersionsOfOpenMap>;

export default meta;
type Story = StoryObj<typeof meta>;

export const NoEarlierVersions: Story = {
  loaders: [studioLoader(() => opening(studioOn(memoryMapStore({ maps: [sunday] })), sunday.id))],
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByText('Earlier versions', { selector: 'summary' }));
    await expect(await canvas.findByText(/^No earlier versions yet\./)).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /^Restore/ })).toBeNull();
  },
};

/** A store where the map was saved four times, an hour apart: three earlier versions kept. */
async function savedFourTimes() {
  let hour = 9;
  const store = memoryMapStore({
    now: () => `2026-11-21T${String(hour++).padStart(2, '0')}:00:00.000Z`,
  });
  let base: number | null = null;
  for (const title of ['First try', 'Second try', 'Third try', 'Sunday evenings']) {
    const saved = await store.save({ ...sunday, title }, base);
    if (!saved.ok) throw new Error('the story’s store refused a save');
    base = saved.revision;
  }
  return opening(studioOn(store), sunday.id);
}

export const ThreeVersionsKept: Story = {
  loaders: [studioLoader(savedFourTimes)],
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Sunday evenings');
    await userEvent.click(canvas.getByText('Earlier versions', { selector: 'summary' }));
    const restore = await canvas.findAllByRole('button', { name: /^Restore this version, from / });
    await expect(restore).toHaveLength(3);
    await expect(
      canvas.getByRole('list', { name: 'Earlier versions of this map' }),
    ).toHaveTextContent(/Third try.*Second try.*First try/);
    await userEvent.click(restore[1]!);
    await waitFor(() =>
      expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Second try'),
    );
    await expect(canvas.getByText(/Undo takes it back\.$/)).toBeVisible();
  },
};
