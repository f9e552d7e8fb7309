// Extra steps in the guided editor: added right after a chosen step, moved up and down the
// partner's sequence, removed, and capped at the format's limit with the reason shown.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addPlaces, stepMove } from '../../src/app/editor/stepMoves';
import { LIMITS, stepsOf, type CycleMap, type Partner } from '../../src/core';
import { polka } from '../../stories/sampleDances';
import { blankMap, partnerGroup, renderEditor } from './editorHarness';

const order = (map: CycleMap, partner: 0 | 1) => stepsOf(map.partners[partner]).map((s) => s.text);

/** A blank Partner 1 with these extra steps. */
function withSteps(extraSteps: Partner['extraSteps']): CycleMap {
  const map = blankMap();
  return { ...map, partners: [{ ...map.partners[0], extraSteps }, map.partners[1]] };
}

describe('extra steps in the editor', () => {
  it('adds a step right after the chosen step, and shows where it falls', async () => {
    const { user, current } = renderEditor();
    const theo = within(partnerGroup(1));
    await user.type(theo.getByLabelText('New step'), 'checks phone');
    await user.selectOptions(theo.getByLabelText('Comes right after'), 'Perception');
    await user.click(theo.getByRole('button', { name: 'Add a step' }));

    expect(current().partners[0].extraSteps).toEqual([
      { id: 'step-1', text: 'checks phone', after: 'perception' },
    ]);
    const step = theo.getByLabelText('Extra step 3 of 5');
    expect(step).toHaveValue('checks phone');
    expect(step).toHaveAccessibleDescription('Comes after: Perception');
    expect(theo.getByLabelText('New step')).toHaveValue('');
    expect(theo.getByText('Added “checks phone” after Perception.')).toBeVisible();
  });

  it('says what a new step needs instead of adding an empty one', async () => {
    const { user, current } = renderEditor();
    const theo = within(partnerGroup(1));
    await user.click(theo.getByRole('button', { name: 'Add a step' }));
    expect(theo.getByLabelText('New step')).toHaveAttribute('aria-invalid', 'true');
    expect(theo.getByLabelText('New step')).toHaveAccessibleDescription(/Write the step first/);
    expect(current().partners[0].extraSteps).toEqual([]);
  });

  it('moves a step up and down the sequence, keeping focus on it', async () => {
    const { user, current } = renderEditor(polka);
    const theo = within(partnerGroup(1));
    const texts = order(polka, 0);
    expect(texts.at(-1)).toBe('I follow her down the hall, still talking');
    expect(theo.getByRole('button', { name: 'Move down, extra step 5 of 5' })).toBeDisabled();

    await user.click(theo.getByRole('button', { name: 'Move up, extra step 5 of 5' }));
    expect(order(current(), 0)).toEqual([...texts.slice(0, 3), texts[4], texts[3]]);
    expect(theo.getByLabelText('Extra step 4 of 5')).toHaveValue(texts[4]);
    expect(theo.getByRole('button', { name: 'Move up, extra step 4 of 5' })).toHaveFocus();

    await user.click(theo.getByRole('button', { name: 'Move down, extra step 4 of 5' }));
    expect(order(current(), 0)).toEqual(texts);
    // At the end again: Move down is disabled, so focus goes to Move up.
    expect(theo.getByRole('button', { name: 'Move up, extra step 5 of 5' })).toHaveFocus();
  });

  it('removes a step, and Undo brings it back', async () => {
    const { user, current } = renderEditor(polka);
    const priya = within(partnerGroup(2));
    expect(priya.getByLabelText('Extra step 4 of 5')).toHaveValue(
      'I explain, calmly, why I was busy',
    );
    await user.click(priya.getByRole('button', { name: 'Remove extra step 4 of 5' }));
    expect(current().partners[1].extraSteps).toEqual([]);
    expect(priya.queryByLabelText(/^Extra step/)).toBeNull();
    expect(priya.getByRole('list', { name: 'Priya’s steps, in order' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(current().partners[1].extraSteps).toEqual(polka.partners[1].extraSteps);
  });

  it('an emptied step keeps its last words in the map until it has new ones', async () => {
    const { user, current } = renderEditor(polka);
    const step = within(partnerGroup(2)).getByLabelText('Extra step 4 of 5');
    await user.clear(step);
    expect(step).toHaveAttribute('aria-invalid', 'true');
    expect(current().partners[1].extraSteps[0]?.text).toBe('I explain, calmly, why I was busy');
    expect(screen.getByRole('link', { name: 'Priya’s extra step 4 of 5' })).toBeVisible();
  });

  it('stops at the limit of extra steps, and says why', () => {
    const full = Array.from({ length: LIMITS.extraStepsPerPartner }, (_, i) => ({
      id: `s${i}`,
      text: `step ${i}`,
      after: i === 0 ? 'move' : `s${i - 1}`,
    }));
    renderEditor(withSteps(full));
    const theo = within(partnerGroup(1));
    const add = theo.getByRole('button', { name: 'Add a step' });
    expect(add).toBeDisabled();
    expect(add).toHaveAccessibleDescription(/the most a map holds: with more, the loop gets hard/);
  });

  it('offers only places a single edit can reach, and swaps steps that follow the same step', () => {
    // Both follow the trigger, in the order listed: "sigh" then "door".
    const map = withSteps([
      { id: 'sigh', text: 'a sigh', after: 'trigger' },
      { id: 'door', text: 'a door', after: 'trigger' },
    ]);
    const steps = map.partners[0].extraSteps;
    expect(stepMove(steps, 'door', -1)).toEqual({ id: 'sigh', after: 'door' });
    expect(stepMove(steps, 'sigh', -1)).toBeNull();
    expect(stepMove(steps, 'door', 1)).toEqual({ id: 'door', after: 'perception' });
    // Right after the trigger is where "a sigh" already is: a new step cannot go before it.
    expect(addPlaces(steps).map((place) => place.follows)).toEqual([
      'sigh',
      'door',
      'perception',
      'reactiveEmotion',
      'move',
    ]);
  });

  it('moves a step together with the steps that follow it', () => {
    const map = withSteps([
      { id: 'a', text: 'a', after: 'perception' },
      { id: 'b', text: 'b', after: 'a' },
    ]);
    // trigger, perception, a, b, … : "a" moves above the perception, "b" still right after it.
    const move = stepMove(map.partners[0].extraSteps, 'a', -1);
    expect(move).toEqual({ id: 'a', after: 'trigger' });
  });
});
