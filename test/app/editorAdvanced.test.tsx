// The editor's advanced numbers and its live preview: sliders that say what they do, Reset to
// defaults, the note that the figures are illustrations, and a loop that follows every edit.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIMULATION, defaultDynamics } from '../../src/core';
import { polka } from '../../stories/sampleDances';
import { partnerField, renderEditor } from './editorHarness';

async function openAdvanced(user: ReturnType<typeof renderEditor>['user']) {
  await user.click(screen.getByText('Advanced: the numbers behind the dance'));
  return screen.getByRole('group', { name: 'How Theo moves in the dance' });
}

// Opening the section draws some forty sliders, slow under jsdom when every test file runs at once.
describe('the advanced numbers', { timeout: 15_000 }, () => {
  it('are closed at first, and say they are illustrations, not measurements', async () => {
    const { user } = renderEditor(polka);
    expect(screen.queryByRole('slider')).toBeNull();
    await openAdvanced(user);
    expect(screen.getByText(/illustrations, not measurements/)).toBeVisible();
  });

  it('a slider changes a partner’s dynamics, and Reset to defaults restores them', async () => {
    const { user, current } = renderEditor(polka);
    const theo = within(await openAdvanced(user));
    const inertia = theo.getByRole('slider', { name: 'Emotional inertia' });
    expect(inertia).toHaveAccessibleDescription(/carries into the next/);
    expect(inertia).toHaveAttribute('aria-valuetext', '0.65');

    fireEvent.change(inertia, { target: { value: '0.8' } });
    expect(current().partners[0].dynamics.inertia).toBe(0.8);
    expect(inertia).toHaveAttribute('aria-valuetext', '0.80');
    fireEvent.change(theo.getByRole('slider', { name: 'Resting heart rate' }), {
      target: { value: '60' },
    });
    expect(theo.getByRole('slider', { name: 'Resting heart rate' })).toHaveAttribute(
      'aria-valuetext',
      '60 beats per minute',
    );

    await user.click(theo.getByRole('button', { name: 'Reset to defaults for Theo' }));
    expect(current().partners[0].dynamics).toEqual(defaultDynamics('pursuer', 'anxious'));
    expect(inertia).toHaveAttribute('aria-valuetext', '0.65');
  });

  it('keeps the flood line above the resting heart rate', async () => {
    const { user } = renderEditor(polka);
    const theo = within(await openAdvanced(user));
    const resting = polka.partners[0].dynamics.restingHeartRate;
    expect(theo.getByRole('slider', { name: 'Flooded above' })).toHaveAttribute(
      'min',
      String(resting + 1),
    );
  });

  it('changes the simulation’s settings, in plain words', async () => {
    const { user, current } = renderEditor(polka);
    await openAdvanced(user);
    const talk = screen.getByRole('slider', { name: 'Length of the talk' });
    expect(talk).toHaveAttribute('aria-valuetext', '150 turns (15 minutes)');
    fireEvent.change(talk, { target: { value: '300' } });
    expect(current().simulation.turns).toBe(300);
    const landing = screen.getByRole('slider', { name: 'Soft reach lands' });
    fireEvent.change(landing, { target: { value: '0.9' } });
    expect(current().simulation.repair.landing.softReach).toBe(0.9);
    expect(landing).toHaveAttribute('aria-valuetext', '90 percent');
    await user.click(
      screen.getByRole('button', { name: 'Reset to defaults for the talk and the repairs' }),
    );
    expect(current().simulation).toEqual(DEFAULT_SIMULATION);
  });
});

describe('the live preview', () => {
  it('shows the loop with the new trigger words as they are typed', async () => {
    const { user } = renderEditor(polka);
    const preview = screen.getByRole('region', { name: 'Live preview' });
    const loop = within(preview).getByRole('figure', { name: /^The loop:/ });
    const trigger = partnerField(1, 'Trigger');
    await user.clear(trigger);
    await user.type(trigger, 'a sigh');
    expect(
      await within(loop).findByRole('listitem', { name: 'Theo, step 1 of 5, trigger: a sigh' }),
    ).toBeInTheDocument();
    expect(within(preview).getByText(/^Left to itself \(seed 7\), this dance/)).toBeVisible();
  });

  it('follows a new name on both sides of the loop', async () => {
    const { user } = renderEditor(polka);
    const name = partnerField(2, 'Name');
    await user.clear(name);
    await user.type(name, 'Pia');
    const preview = screen.getByRole('region', { name: 'Live preview' });
    expect(await within(preview).findByRole('list', { name: 'Pia’s steps' })).toBeVisible();
  });
});
