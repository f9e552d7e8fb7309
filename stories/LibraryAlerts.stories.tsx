// What the library says above the page when something needs the person: another tab saved the
// map first, files that could not be opened (or maps that were added), and the crash screen.
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { ErrorBoundary, RENDER_ERROR_TEXT } from '../src/app/ErrorBoundary';
import { ImportNotesView } from '../src/app/library/ImportNotesView';
import type { ImportNotes } from '../src/app/library/useMapImport';
import { MapConflicts } from '../src/app/library/MapConflicts';
import { useStudioSelector } from '../src/app/studio/StudioContext';
import {
  conflictsOf,
  documentMapOf,
  memoryMapChannels,
  memoryMapStore,
  ownMapsOf,
  type Studio,
} from '../src/studio';
import {
  blankMap,
  freezeCopy,
  loadedStudio,
  opening,
  polkaCopy,
  studioLoader,
  studioOn,
  until,
  withLoadedStudio,
} from './libraryStudio';

/**
 * Two tabs on one map, as in test/app/twoTabs.test.tsx: this one has typed a title not yet saved
 * when the other saves its own. Returns the tab that lost, holding the conflict.
 */
async function tabThatLost(): Promise<Studio> {
  const store = memoryMapStore({ maps: [blankMap] });
  const tab = memoryMapChannels();
  const other = await opening(studioOn(store, tab()), blankMap.id);
  const here = await opening(studioOn(store, tab()), blankMap.id);
  here.send({ type: 'document.edit', edit: { kind: 'setTitle', title: 'Typed here' } });
  other.send({
    type: 'document.edit',
    edit: { kind: 'setTitle', title: 'Saved in the other tab' },
  });
  other.send({ type: 'library.flush' });
  await until(here, 'a conflict', (s) => conflictsOf(s).length > 0);
  return here;
}

/** The page under the alerts: the open map's title, or the home page's. */
function Page({
  alerts,
  children,
}: {
  readonly alerts?: ReactNode;
  readonly children?: ReactNode;
}) {
  const map = useStudioSelector(documentMapOf);
  return (
    <>
      {alerts}
      <div className="app-body">
        <main className="app-main">
          <h1>{map?.title ?? 'Map the dance, not the partner'}</h1>
          {children}
        </main>
      </div>
    </>
  );
}

/** The stubs standing in for what the app does next: open the kept copy, reload the page. */
interface AlertArgs {
  readonly onOpenCopy: (id: string) => void;
  readonly onReload: () => void;
}

const meta: Meta<AlertArgs> = {
  title: 'Library/LibraryAlerts',
  args: { onOpenCopy: fn(), onReload: fn() },
  parameters: { layout: 'fullscreen' },
  loaders: [studioLoader(() => studioOn(memoryMapStore()))],
  decorators: [withLoadedStudio],
};

export default meta;
type Story = StoryObj<AlertArgs>;

const conflict = {
  loaders: [studioLoader(tabThatLost)],
  render: ({ onOpenCopy }) => <Page alerts={<MapConflicts onOpenCopy={onOpenCopy} />} />,
} satisfies Story;

export const ChangedInAnotherTab: Story = {
  ...conflict,
  play: async ({ canvas, userEvent }) => {
    const alert = canvas.getByRole('alert');
    // At once, what happened; the choices' code follows (it loads only when there is a conflict).
    await expect(alert).toHaveTextContent(/Your changes in this window are kept/);
    await within(alert).findByRole('button', { name: 'Use the other version' });
    await expect(alert).toHaveTextContent(
      '“Typed here” (“Saved in the other tab” in the other tab) was changed in another tab or window while you were editing it here.',
    );
    await expect(alert).toHaveTextContent(/have not been saved over the other version/);
    await expect(
      within(alert)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Keep my changes as a copy', 'Use the other version']);
    // What was typed here is still what this tab shows.
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Typed here');

    await userEvent.click(within(alert).getByRole('button', { name: 'Use the other version' }));
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Saved in the other tab',
    );
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

export const KeepMyChangesAsACopy: Story = {
  ...conflict,
  play: async ({ canvas, userEvent, args, loaded }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Keep my changes as a copy' }));
    await expect(canvas.queryByRole('alert')).toBeNull();
    // The app opens the copy (a fresh id), which is saved beside the other tab's version.
    await expect(args.onOpenCopy).toHaveBeenCalledWith(expect.stringMatching(/^map-/));
    const studio = loadedStudio(loaded);
    await waitFor(() =>
      expect(ownMapsOf(studio.getSnapshot()).map((m) => m.title)).toContain(
        'Typed here (kept from this window)',
      ),
    );
  },
};

/** What the app says about files just opened; in the app it stands above the page, like the alerts. */
const notesStory = (notes: ImportNotes) =>
  ({ render: () => <Page alerts={<ImportNotesView notes={notes} />} /> }) satisfies Story;

const PROBLEMS = [
  '“notes.txt”: This file isn’t valid JSON: it has an unexpected “D” where a value should be (often a stray comma or a missing quote).',
  '“our-map.cyclemap.json”: The title is empty.',
  '“future.cyclemap.json”: This map was saved by a newer Cyclemap (file version 99; this one reads up to version 1). The file is fine: open it in a newer Cyclemap.',
];

export const OneFileCouldNotBeOpened: Story = {
  ...notesStory({ problems: PROBLEMS.slice(1, 2), added: null, warnings: [] }),
  play: async ({ canvas }) => {
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent(/^“our-map\.cyclemap\.json”: The title is empty\.$/);
    await expect(within(alert).queryByRole('list')).toBeNull();
    await expect(canvas.getByRole('status')).toBeEmptyDOMElement();
  },
};

export const SeveralFilesCouldNotBeOpened: Story = {
  ...notesStory({ problems: PROBLEMS, added: null, warnings: [] }),
  play: async ({ canvas }) => {
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent(
      /^Not everything could be opened \(3 problems\)\. Nothing stored was changed because of them\./,
    );
    const items = within(within(alert).getByRole('list')).getAllByRole('listitem');
    await expect(items.map((item) => item.textContent)).toEqual(PROBLEMS);
  },
};

export const MapsAdded: Story = {
  ...notesStory({
    problems: [],
    added: 'Added 3 maps to Your maps: “Our cycle”, “Protest Polka (our copy)”, “Freeze and Flee”.',
    warnings: [],
  }),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(/^Added 3 maps to Your maps: “Our/);
    // Nothing went wrong, so the alert region stays silent.
    await expect(canvas.getByRole('alert')).toBeEmptyDOMElement();
  },
};

const CRASH_MESSAGE = 'Cannot read properties of undefined (reading "partners")';

function BrokenPage(): ReactNode {
  throw new Error(CRASH_MESSAGE);
}

export const CrashScreen: Story = {
  render: ({ onReload }) => {
    const crashStore = memoryMapStore({ maps: [polkaCopy, freezeCopy] });
    // No heading of its own: in the app the page's h1 is inside the boundary, and goes with it.
    return (
      <div className="app-body">
        <main className="app-main">
          <ErrorBoundary
            mapsSource={() => ({ store: crashStore, unsaved: {} })}
            onReload={onReload}
            onReset={() => {}}
          >
            <BrokenPage />
          </ErrorBoundary>
        </main>
      </div>
    );
  },
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(RENDER_ERROR_TEXT);
    await expect(
      canvas.getByText('Nothing about this error has been sent anywhere.'),
    ).toBeVisible();
    // No stack trace, no error message: only the plain sentence.
    await expect(canvasElement).not.toHaveTextContent(CRASH_MESSAGE);
    await expect(canvasElement).not.toHaveTextContent(/Error|BrokenPage|at \S+ \(/);
    await userEvent.click(canvas.getByRole('button', { name: 'Download all maps' }));
    await expect(await canvas.findByText('Downloaded 2 maps in one file.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Reload' }));
    await expect(args.onReload).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole('button', { name: 'Back to all maps' })).toBeEnabled();
  },
};
