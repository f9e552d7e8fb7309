// Stories of a picture's exports: the SVG saved as it is, the PNG drawn at 2× for print, a
// browser that cannot draw the PNG, and nothing on screen to export yet. Downloads are caught
// before the browser saves them; nothing leaves the page.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, spyOn, waitFor } from 'storybook/test';
import { ExportPicture } from '../src/app/export/ExportPicture';
import type { SvgPicture } from '../src/app/export/standaloneSvg';
import { polka } from './sampleDances';
import { catchDownloads, downloads } from './catchDownloads';

const [theo, priya] = polka.partners;

/** A small standalone picture of the loop, standing in for the one the dance draws. */
const loop: SvgPicture = {
  width: 240,
  height: 120,
  text: [
    '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120">',
    `<title>${polka.title}: the loop</title>`,
    '<ellipse cx="120" cy="60" rx="100" ry="44" fill="none" stroke="#4a5a80" stroke-width="3"/>',
    `<text x="40" y="64" font-size="14">${theo.name}</text>`,
    `<text x="160" y="64" font-size="14">${priya.name}</text>`,
    '</svg>',
  ].join(''),
};

const meta = {
  title: 'Export/ExportPicture',
  component: ExportPicture,
  args: {
    what: 'the loop',
    fileName: 'protest-polka-loop',
    picture: fn((): SvgPicture | null => loop),
  },
  beforeEach: catchDownloads,
} satisfies Meta<typeof ExportPicture>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Two buttons that say what they export; Export SVG saves the picture as it is. */
export const ExportSvg: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const svg = canvas.getByRole('button', { name: 'Export SVG of the loop' });
    await expect(svg).toBeEnabled();
    await expect(svg).toHaveTextContent('Export SVG');
    await expect(canvas.getByRole('button', { name: 'Export PNG of the loop' })).toBeEnabled();

    await userEvent.click(svg);
    await expect(args.picture).toHaveBeenCalledTimes(1);
    await expect(downloads.map((d) => d.name)).toEqual(['protest-polka-loop.svg']);
    const saved = downloads[0]!.blob!;
    await expect(saved.type).toBe('image/svg+xml');
    await expect(await saved.text()).toBe(loop.text);
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** Export PNG saves the picture drawn at twice its size, for print. */
export const ExportPngAtTwice: Story = {
  args: { what: 'the statechart', fileName: 'protest-polka-statechart' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Export PNG of the statechart' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    await expect(downloads[0]!.name).toBe('protest-polka-statechart.png');
    const png = downloads[0]!.blob!;
    await expect(png.type).toBe('image/png');
    const drawn = await createImageBitmap(png);
    await expect([drawn.width, drawn.height]).toEqual([480, 240]);
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** A browser that refuses a canvas: a sentence says so, and Export SVG still works. */
export const PngCannotBeDrawn: Story = {
  beforeEach: () => {
    const getContext = spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValueOnce(null);
    return () => getContext.mockRestore();
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Export PNG of the loop' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'This browser could not draw the PNG. Export SVG still works, and opens in any browser.',
    );
    await expect(downloads).toHaveLength(0);

    await userEvent.click(canvas.getByRole('button', { name: 'Export SVG of the loop' }));
    await expect(downloads.map((d) => d.name)).toEqual(['protest-polka-loop.svg']);
    // A new export starts afresh: the old problem is gone.
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** Before there is a picture (the statechart still being laid out), both buttons wait, disabled. */
export const NothingToExportYet: Story = {
  args: {
    what: 'the statechart',
    fileName: 'protest-polka-statechart',
    ready: false,
    picture: fn(() => null),
  },
  play: async ({ canvas, userEvent, args }) => {
    const svg = canvas.getByRole('button', { name: 'Export SVG of the statechart' });
    const png = canvas.getByRole('button', { name: 'Export PNG of the statechart' });
    await expect(svg).toBeDisabled();
    await expect(png).toBeDisabled();
    // A click on either does nothing: nothing is asked for, nothing saved.
    await userEvent.click(svg);
    await userEvent.click(png);
    await expect(args.picture).not.toHaveBeenCalled();
    await expect(downloads).toHaveLength(0);
  },
};
