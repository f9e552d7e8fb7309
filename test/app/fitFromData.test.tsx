// "Fit from data" in jsdom: the sample couple from dyad fitted both ways side by side, with each
// equation's squared error; "Use these dynamics" hands both partners' figures to the map; a bad
// file gets one sentence with its line, and the fits already shown stay.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DynamicsView } from '../../src/app/dynamics/DynamicsView';
import { FitFromData } from '../../src/app/dynamics/fit/FitFromData';
import { StudioProvider } from '../../src/app/studio/StudioContext';
import {
  fitCouple,
  modelDynamicsInRange,
  parseCoupleCsv,
  type ModelDynamics,
} from '../../src/core';
import { createStudio } from '../../src/studio';
import { inlineRunner } from '../../src/studio/inlineRunner';
import { sampleModel } from './sampleModels';

const SAMPLE = readFileSync(
  join(import.meta.dirname, '../fixtures/gottman-murray/sample-couple.csv'),
  'utf8',
);
const csv = (text: string, name = 'couple.csv') => new File([text], name, { type: 'text/csv' });
const windows = () => {
  const parsed = parseCoupleCsv(SAMPLE);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};
const shown = (value: number) => value.toFixed(4).replace('-', '−');

function renderFit() {
  const onUse = vi.fn<(dynamics: readonly [ModelDynamics, ModelDynamics]) => void>();
  const user = userEvent.setup();
  render(<FitFromData names={['Wife', 'Husband']} onUse={onUse} />);
  return { onUse, user, input: screen.getByLabelText('Open coded windows…') };
}

describe('Fit from data', () => {
  it('shows both fits of the sample couple side by side, with each equation’s squared error', async () => {
    const { user, input } = renderFit();
    await user.upload(input, csv(SAMPLE, 'sample-couple.csv'));
    const table = await screen.findByRole('table', { name: /^Wife’s equation/ });
    expect(table).toHaveAccessibleName(/150 windows of “sample-couple\.csv”/);
    const bilinear = fitCouple(windows(), { model: 'bilinear' });
    const both = fitCouple(windows(), { model: 'repair-damping' });
    const inertia = within(table).getByRole('row', { name: /^Emotional inertia/ });
    expect(inertia).toHaveTextContent(shown(bilinear.partners[0].dynamics.inertia));
    expect(inertia).toHaveTextContent(shown(both.partners[0].dynamics.inertia));
    const error = within(table).getByRole('row', { name: /^Squared error/ });
    expect(error).toHaveTextContent(shown(bilinear.sse[0]));
    expect(error).toHaveTextContent(shown(both.sse[0]));
    // The richer model never fits worse, and the table says which is closer in words.
    expect(both.sse[0]).toBeLessThanOrEqual(bilinear.sse[0]);
    expect(within(error).getByText(/\(closer\)/)).toHaveAttribute('data-better', 'true');
    expect(screen.getByRole('table', { name: /^Husband’s equation/ })).toBeInTheDocument();
  });

  it('matches dyad’s own figures when asked, and says so', async () => {
    const { user, input } = renderFit();
    await user.upload(input, csv(SAMPLE));
    await screen.findByRole('table', { name: /^Wife’s equation/ });
    await user.click(screen.getByRole('checkbox', { name: /Match the R package dyad 1\.0/ }));
    const table = screen.getByRole('table', { name: /^Wife’s equation.*as dyad 1\.0 fits it/ });
    const dyad = fitCouple(windows(), { model: 'bilinear', compat: 'dyad' });
    expect(within(table).getByRole('row', { name: /^Emotional inertia/ })).toHaveTextContent(
      shown(dyad.partners[0].dynamics.inertia),
    );
  });

  it('hands both partners’ fitted figures to the map, and says undo brings the old ones back', async () => {
    const { user, input, onUse } = renderFit();
    await user.upload(input, csv(SAMPLE));
    await user.click(
      await screen.findByRole('button', { name: 'Use the fit with repair and damping' }),
    );
    const both = fitCouple(windows(), { model: 'repair-damping' });
    expect(onUse).toHaveBeenCalledWith([both.partners[0].dynamics, both.partners[1].dynamics]);
    expect(screen.getByRole('status')).toHaveTextContent(/Undo brings back/);
  });

  it('says in one sentence which line of a bad file is wrong, and keeps the fit already shown', async () => {
    const { user, input } = renderFit();
    await user.upload(input, csv(SAMPLE));
    await screen.findByRole('table', { name: /^Wife’s equation/ });
    await user.upload(input, csv('wife,husband\n1,2\n3,oops\n', 'typo.csv'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^“typo\.csv”: .*[Ll]ine 3/);
    expect(alert.textContent.match(/[.!?](\s|$)/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(screen.queryByText(/Error|at .*\(/)).toBeNull();
    expect(screen.getByRole('table', { name: /^Wife’s equation/ })).toBeInTheDocument();
  });

  it('refuses an empty file and a file of one column, plainly', async () => {
    const { user, input } = renderFit();
    for (const [text, name] of [
      ['', 'empty.csv'],
      ['score\n1\n2\n', 'one.csv'],
    ] as const) {
      await user.upload(input, csv(text, name));
      await waitFor(() =>
        expect(screen.getByRole('alert')).toHaveTextContent(new RegExp(`^“${name}”: `)),
      );
    }
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('in the Dynamics view of one’s own map: the fit becomes the map’s figures, the plane follows, and Undo brings them back', async () => {
    const studio = createStudio({ analysis: inlineRunner({ maxRuns: 20 }) });
    studio.send({ type: 'document.load', map: sampleModel('protest-polka'), source: 'library' });
    studio.send({ type: 'playback.setReducedMotion', reduced: true });
    const user = userEvent.setup();
    render(
      <StudioProvider studio={studio}>
        <DynamicsView />
      </StudioProvider>,
    );
    const current = () => studio.getSnapshot().document.context.map!;
    const before = current().partners.map((p) => p.dynamics);
    const nullcline = () =>
      document.querySelector('path.nullcline[data-partner="0"]')!.getAttribute('d');
    const drawn = nullcline();
    await user.upload(screen.getByLabelText('Open coded windows…'), csv(SAMPLE));
    await user.click(
      await screen.findByRole('button', { name: 'Use the fit with repair and damping' }),
    );
    const both = fitCouple(windows(), { model: 'repair-damping' });
    const expected = modelDynamicsInRange(both.partners[0].dynamics).dynamics;
    expect(current().partners[0].dynamics.inertia).toBe(expected.inertia);
    expect(current().partners[0].dynamics.dampingStrength).toBe(expected.dampingStrength);
    expect(nullcline()).not.toBe(drawn);
    await user.click(screen.getByRole('button', { name: /^Undo/ }));
    expect(current().partners.map((p) => p.dynamics)).toEqual(before);
    expect(nullcline()).toBe(drawn);
  });
});
