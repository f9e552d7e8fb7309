// Repairs in the guided editor: all seven standard repairs for each partner, in their own words
// if they like, and the couple's own repairs — added, renamed, changed and removed.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { REPAIR_CATALOGUE, REPAIR_KINDS, repairsOf } from '../../src/core';
import { polka } from '../../stories/sampleDances';
import { partnerGroup, renderEditor } from './editorHarness';

describe('repairs in the editor', () => {
  it('lists all seven standard repairs for both partners, each with what it is', () => {
    renderEditor();
    for (const number of [1, 2] as const) {
      const group = within(partnerGroup(number));
      for (const kind of REPAIR_KINDS) {
        const { label, description } = REPAIR_CATALOGUE[kind];
        const field = group.getByRole('textbox', { name: new RegExp(`^${label}, in `) });
        expect(field).toHaveAccessibleDescription(description);
        expect(field).toHaveValue('');
      }
    }
  });

  it('words for a standard repair become that partner’s own, and clearing them goes back', async () => {
    const { user, current } = renderEditor();
    const field = within(partnerGroup(2)).getByRole('textbox', {
      name: 'Soft reach, in Partner 2’s words',
    });
    await user.type(field, 'I miss you.');
    expect(repairsOf(current().partners[1]).find((r) => r.id === 'softReach')?.words).toBe(
      'I miss you.',
    );
    await user.clear(field);
    expect(repairsOf(current().partners[1]).find((r) => r.id === 'softReach')).toEqual({
      id: 'softReach',
      label: 'Soft reach',
      playsAs: 'softReach',
    });
  });

  it('adds one of the couple’s own repairs, chosen to act like a standard one', async () => {
    const { user, current } = renderEditor();
    const theo = within(partnerGroup(1));
    await user.type(theo.getByLabelText('Repair name'), 'Tea truce');
    const form = theo.getByRole('group', { name: 'Add a repair of Partner 1’s own' });
    await user.selectOptions(within(form).getByLabelText(/^Acts like/), 'Soft reach');
    await user.click(theo.getByRole('button', { name: 'Add this repair' }));

    expect(current().partners[0].repairs).toEqual([
      { kind: 'custom', id: 'own-1', label: 'Tea truce', actsLike: 'softReach' },
    ]);
    expect(theo.getByText('Added “Tea truce”.')).toBeVisible();
    const own = theo.getByRole('group', { name: 'Tea truce' });
    expect(within(own).getByLabelText('Name of this repair')).toHaveValue('Tea truce');
  });

  it('asks for a name before adding a repair', async () => {
    const { user, current } = renderEditor();
    const theo = within(partnerGroup(1));
    await user.click(theo.getByRole('button', { name: 'Add this repair' }));
    expect(theo.getByLabelText('Repair name')).toHaveAttribute('aria-invalid', 'true');
    expect(current().partners[0].repairs).toEqual([]);
  });

  it('renames an own repair, changes what it acts like, gives it words, and removes it', async () => {
    const { user, current } = renderEditor(polka);
    const theo = within(partnerGroup(1));
    const own = () => within(theo.getByRole('group', { name: /^Tea and a truce|^Tea time/ }));
    const name = own().getByLabelText('Name of this repair');
    await user.clear(name);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    await user.type(name, 'Tea time');
    await user.selectOptions(own().getByLabelText(/^Acts like/), 'Name the cycle');
    const words = own().getByLabelText('In Theo’s words (optional)');
    await user.clear(words);
    await user.type(words, 'Tea?');
    const tea = () => current().partners[0].repairs.find((r) => r.kind === 'custom');
    expect(tea()).toMatchObject({ label: 'Tea time', actsLike: 'nameTheCycle', words: 'Tea?' });

    await user.click(own().getByRole('button', { name: 'Remove Tea time' }));
    expect(tea()).toBeUndefined();
    expect(theo.getByRole('heading', { name: 'Theo’s repairs: ways back' })).toHaveFocus();
    expect(screen.queryByRole('group', { name: 'Tea time' })).toBeNull();
  });
});
