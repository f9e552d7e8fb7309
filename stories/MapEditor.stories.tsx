// The guided editor as a person meets it: a new map, the Polka as their own copy, unfinished
// fields, a phone and a wide window, and a map that is only for reading.
import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { MapEditor } from '../src/app/editor/MapEditor';
import { StudioProvider } from '../src/app/studio/StudioContext';
import { copyOfMap, newMap, type CycleMap } from '../src/core';
import { createStudio, type MapSource } from '../src/studio';
import { inlineRunner } from '../src/studio/inlineRunner';
import { polka } from './sampleDances';

const NOW = '2026-12-02T10:00:00.000Z';
/** The Protest Polka as a copy of the person's own, which they may edit. */
const polkaCopy = copyOfMap(polka, 'polka-copy', NOW, 'Protest Polka (copy)');

/** A studio of its own with `map` open as the person's own (editable) map, or as `source` says. */
function EditorStudio(props: { map: CycleMap; source: MapSource; children: ReactNode }) {
  const [studio] = useState(() => {
    const created = createStudio({ analysis: inlineRunner({ maxRuns: 20 }) });
    created.send({ type: 'document.load', map: props.map, source: props.source });
    return created;
  });
  return <StudioProvider studio={studio}>{props.children}</StudioProvider>;
}

interface EditorParameters {
  readonly map?: CycleMap;
  readonly source?: MapSource;
}

/** The page around the editor, so headings, landmarks and the safety column's room are as in the app. */
const withStudio: Decorator = (Story, { parameters }) => {
  const { map = newMap('map-new', NOW), source = 'library' } = parameters as EditorParameters;
  return (
    <EditorStudio map={map} source={source}>
      <main className="app-body">
        <div>
          <h1>{source === 'library' ? 'Edit the map' : map.title}</h1>
          <Story />
        </div>
      </main>
    </EditorStudio>
  );
};

const meta = {
  title: 'Editor/MapEditor',
  component: MapEditor,
  parameters: { layout: 'fullscreen' },
  decorators: [withStudio],
} satisfies Meta<typeof MapEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

const partner = (root: HTMLElement, number: 1 | 2) =>
  within(root).getByRole('group', { name: new RegExp(`^Partner ${number}:`) });

export const NewBlankMap: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvas.getByLabelText('Title')).toHaveValue('Our cycle');
    await expect(partner(canvasElement, 1)).toHaveAccessibleName('Partner 1: Partner 1');
    const first = within(partner(canvasElement, 1));
    await userEvent.type(first.getByLabelText('Trigger'), 'a sigh');
    const preview = canvas.getByRole('region', { name: 'Live preview' });
    await waitFor(() =>
      expect(
        within(preview).getByRole('listitem', {
          name: /^Partner 1, step 1 of 4, trigger: a sigh$/,
        }),
      ).toBeInTheDocument(),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await expect(first.getByLabelText('Trigger')).toHaveValue('');
  },
};

export const PolkaAsAnEditableCopy: Story = {
  parameters: { map: polkaCopy },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(partner(canvasElement, 1)).toHaveAccessibleName('Partner 1: Theo');
    await expect(partner(canvasElement, 2)).toHaveAccessibleName('Partner 2: Priya');
    const theo = within(partner(canvasElement, 1));
    await userEvent.click(theo.getByRole('button', { name: 'Move up, extra step 5 of 5' }));
    await expect(theo.getByRole('button', { name: 'Move up, extra step 4 of 5' })).toHaveFocus();
    // The numbers behind the dance, open, so their sliders are checked too.
    await userEvent.click(canvas.getByText('Advanced: the numbers behind the dance'));
    await expect(canvas.getByText(/illustrations, not measurements/)).toBeVisible();
    await expect(canvas.getByRole('slider', { name: 'Length of the talk' })).toHaveAttribute(
      'aria-valuetext',
      '150 turns (15 minutes)',
    );
  },
};

export const WithValidationErrors: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.clear(canvas.getByLabelText('Title'));
    await userEvent.clear(within(partner(canvasElement, 2)).getByLabelText('Name'));
    const summary = canvas.getByRole('status', { name: 'Left to finish' });
    await expect(summary).toHaveTextContent('2 things to finish');
    await expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['The map’s title', 'Partner 2’s name']);
    await expect(canvas.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
    // The map keeps its last complete name meanwhile.
    await expect(partner(canvasElement, 2)).toHaveAccessibleName('Partner 2: Partner 2');
  },
};

/** A phone held upright (414 × 896), which the story tests also run at. */
export const Narrow: Story = {
  parameters: { map: polkaCopy },
  globals: { viewport: { value: 'mobile2', isRotated: false } },
  play: async ({ canvas, canvasElement }) => {
    // One partner after the other, and the preview after the form.
    await expect(window.innerWidth).toBe(414);
    const first = partner(canvasElement, 1).getBoundingClientRect();
    const second = partner(canvasElement, 2).getBoundingClientRect();
    await expect(second.top).toBeGreaterThanOrEqual(first.bottom);
    await expect(Math.abs(second.left - first.left)).toBeLessThan(1);
    const preview = canvas.getByRole('region', { name: 'Live preview' }).getBoundingClientRect();
    await expect(preview.top).toBeGreaterThanOrEqual(second.bottom);
  },
};

/** A wide window: partners side by side, the preview beside them. */
export const SideBySide: Story = {
  parameters: {
    map: polkaCopy,
    viewport: {
      options: { wide: { name: 'Wide', styles: { width: '1600px', height: '1000px' } } },
    },
  },
  globals: { viewport: { value: 'wide', isRotated: false } },
  play: async ({ canvas, canvasElement }) => {
    const first = partner(canvasElement, 1).getBoundingClientRect();
    const second = partner(canvasElement, 2).getBoundingClientRect();
    await expect(second.left).toBeGreaterThanOrEqual(first.right);
    const preview = canvas.getByRole('region', { name: 'Live preview' }).getBoundingClientRect();
    await expect(preview.left).toBeGreaterThanOrEqual(second.right);
  },
};

export const BuiltInMapIsReadOnly: Story = {
  parameters: { map: polka, source: 'builtIn' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/open to read, not to change/)).toBeVisible();
    await expect(canvas.queryByRole('textbox')).toBeNull();
  },
};
