// Stories of "Fit from data" in the Dynamics lab: the form before a file; the sample couple
// distributed with the R package dyad fitted both ways side by side, used for the map and
// downloaded; the same file as dyad 1.0 fits it, matching the package's own figures; and a file
// with a typo, which gets one sentence naming its line while the fits already shown stay.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import sampleText from '../test/fixtures/gottman-murray/sample-couple.csv?raw';
import dyadBilinear from '../test/fixtures/gottman-murray/sample-couple.bilinear.json';
import { FitFromData } from '../src/app/dynamics/fit/FitFromData';
import { fitCouple, parseCoupleCsv, type CoupleFit } from '../src/core';
import { polka } from './sampleDances';
import { catchDownloads, downloads } from './catchDownloads';

const [theo, priya] = polka.partners;

/** The 150 coded windows of dyad's sample couple, as a file chosen from this device. */
const sampleFile = () => new File([sampleText], 'sample-couple.csv', { type: 'text/csv' });

/** The sample couple fitted by the core (as dyad 1.0 fits it, if `dyad`), as the tables should show it. */
function fitOf(model: 'bilinear' | 'repair-damping', dyad = false): CoupleFit {
  const parsed = parseCoupleCsv(sampleText);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return fitCouple(parsed.value, dyad ? { model, compat: 'dyad' } : { model });
}

/** A figure as the table writes it: four decimals and a true minus sign. */
const shown = (value: number) => value.toFixed(4).replace('-', '−');

const meta = {
  title: 'Dynamics/FitFromData',
  component: FitFromData,
  args: { names: [theo.name, priya.name], onUse: fn() },
  beforeEach: catchDownloads,
  decorators: [
    // Where the lab shows it: at the foot of the map's Dynamics view.
    (Story) => (
      <main className="app-body">
        <h1>{polka.title}</h1>
        <section className="dynamics-view" aria-label="The dynamics">
          <h2>The dynamics</h2>
          <Story />
        </section>
      </main>
    ),
  ],
} satisfies Meta<typeof FitFromData>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One partner's table: its caption names the partner, the number of windows and the file. */
const tableOf = (root: HTMLElement, name: string) =>
  within(root).getByRole('table', { name: new RegExp(`^${name}’s equation`) });

/** A row's two figures: the bilinear fit's, then the one with repair and damping. */
const figuresIn = (table: HTMLElement, row: RegExp) =>
  within(within(table).getByRole('row', { name: row }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

/** Before a file: what to open and how it should look, in the couple's names; no fit yet. */
export const BeforeAFile: Story = {
  play: async ({ canvas, args }) => {
    const section = canvas.getByRole('region', { name: 'Fit from data' });
    await expect(section).toBeVisible();
    const file = canvas.getByLabelText('Open coded windows…');
    await expect(file).toHaveAttribute('type', 'file');
    await expect(file).toHaveAccessibleDescription(
      /one row per 6-second window — Theo’s score, then Priya’s, each from −24 to \+24.*never leaves it\.$/,
    );
    await expect(
      canvas.getByRole('checkbox', { name: 'Match the R package dyad 1.0, quirks and all' }),
    ).not.toBeChecked();
    await expect(canvas.queryByRole('table')).toBeNull();
    await expect(canvas.queryByRole('button', { name: /^Use the/ })).toBeNull();
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(args.onUse).not.toHaveBeenCalled();
  },
};

/**
 * The sample couple fitted both ways, side by side for each partner, the closer fit named under
 * each equation; one click gives the map the fit with repair and damping, another downloads both.
 */
export const BothFitsSideBySide: Story = {
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    await userEvent.upload(canvas.getByLabelText('Open coded windows…'), sampleFile());
    const theos = await waitFor(() => tableOf(canvasElement, 'Theo'));
    await expect(theos).toHaveAccessibleName(
      'Theo’s equation — fitted on 150 windows of “sample-couple.csv”',
    );
    const bilinear = fitOf('bilinear');
    const both = fitOf('repair-damping');
    await expect(figuresIn(theos, /^Emotional inertia/)).toEqual([
      shown(bilinear.partners[0].dynamics.inertia),
      shown(both.partners[0].dynamics.inertia),
    ]);
    await expect(figuresIn(theos, /^Softens once the other falls below/)).toEqual([
      shown(bilinear.partners[0].dynamics.repairThreshold),
      shown(both.partners[0].dynamics.repairThreshold),
    ]);
    // The richer model fits each equation at least as closely, and the table says so in words.
    await expect(figuresIn(theos, /^Squared error/)).toEqual([
      shown(bilinear.sse[0]),
      `${shown(both.sse[0])} (closer)`,
    ]);
    const priyas = tableOf(canvasElement, 'Priya');
    await expect(figuresIn(priyas, /^Squared error/)).toEqual([
      shown(bilinear.sse[1]),
      `${shown(both.sse[1])} (closer)`,
    ]);

    const status = canvas.getByRole('status');
    await expect(status).toHaveTextContent(/^$/);
    await userEvent.click(
      canvas.getByRole('button', { name: 'Use the fit with repair and damping' }),
    );
    await expect(args.onUse).toHaveBeenCalledOnce();
    await expect(args.onUse).toHaveBeenCalledWith([
      both.partners[0].dynamics,
      both.partners[1].dynamics,
    ]);
    await expect(status).toHaveTextContent(
      'The map now uses the fit with repair and damping for both partners. Undo brings back the figures it had.',
    );

    await userEvent.click(canvas.getByRole('button', { name: 'Download both fits (JSON)' }));
    await expect(downloads.map((d) => d.name)).toEqual(['sample-couple.fit.json']);
    const downloaded = JSON.parse((await downloads[0]!.blob?.text()) ?? '{}') as Record<
      string,
      CoupleFit
    >;
    await expect(downloaded.repairDamping?.sse).toEqual([...both.sse]);
    await expect(downloaded.bilinear?.sse).toEqual([...bilinear.sse]);
  },
};

/** Asked to match dyad 1.0: the captions say so, and the figures are the R package's own. */
export const AsDyadFitsIt: Story = {
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    await userEvent.upload(canvas.getByLabelText('Open coded windows…'), sampleFile());
    await waitFor(() => tableOf(canvasElement, 'Theo'));
    await userEvent.click(
      canvas.getByRole('checkbox', { name: 'Match the R package dyad 1.0, quirks and all' }),
    );
    const theos = tableOf(canvasElement, 'Theo');
    await expect(theos).toHaveAccessibleName(
      'Theo’s equation — fitted on 150 windows of “sample-couple.csv”, as dyad 1.0 fits it',
    );
    // Partner 1's inertia and set point (r1, natw) and partner 2's (r2, nath), as origmodel gives them.
    await expect(figuresIn(theos, /^Emotional inertia/)[0]).toBe(shown(dyadBilinear.r1));
    await expect(figuresIn(theos, /^Where they settle alone/)[0]).toBe(shown(dyadBilinear.natw));
    const priyas = tableOf(canvasElement, 'Priya');
    await expect(figuresIn(priyas, /^Emotional inertia/)[0]).toBe(shown(dyadBilinear.r2));
    await expect(figuresIn(priyas, /^Where they settle alone/)[0]).toBe(shown(dyadBilinear.nath));

    await userEvent.click(canvas.getByRole('button', { name: 'Use the bilinear fit' }));
    const dyad = fitOf('bilinear', true);
    await expect(args.onUse).toHaveBeenCalledWith([
      dyad.partners[0].dynamics,
      dyad.partners[1].dynamics,
    ]);
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /^The map now uses the bilinear fit for both partners\./,
    );
  },
};

/** A file with a typo after a good one: one sentence naming the file and the line, the fits stay. */
export const ATypoKeepsTheFit: Story = {
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    const file = canvas.getByLabelText('Open coded windows…');
    await userEvent.upload(file, sampleFile());
    await waitFor(() => tableOf(canvasElement, 'Theo'));
    const typo = new File(['Theo,Priya\n1.2,-0.6\n3,oops\n'], 'typo.csv', { type: 'text/csv' });
    await userEvent.upload(file, typo);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(
      '“typo.csv”: Line 3 should hold two scores, but its Priya column reads “oops”.',
    );
    await expect(tableOf(canvasElement, 'Theo')).toHaveAccessibleName(
      /150 windows of “sample-couple\.csv”$/,
    );
    await expect(tableOf(canvasElement, 'Priya')).toBeVisible();
    await expect(args.onUse).not.toHaveBeenCalled();

    // Fixed and opened again, the sentence goes and the new file's fit takes the old one's place.
    await userEvent.upload(file, new File([sampleText], 'fixed.csv', { type: 'text/csv' }));
    await waitFor(() => expect(canvas.queryByRole('alert')).toBeNull());
    await expect(tableOf(canvasElement, 'Theo')).toHaveAccessibleName(
      /150 windows of “fixed\.csv”$/,
    );
  },
};
