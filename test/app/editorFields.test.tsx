// The guided editor's text fields as a person meets them: typing reaches the map, Undo takes back a
// run of typing in one step, required fields say what they need without emptying the map, and a
// map that is not the person's own is not offered for editing.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/core';
import { polka } from '../../stories/sampleDances';
import { blankMap, partnerField, partnerGroup, renderEditor } from './editorHarness';

describe('the guided editor’s fields', () => {
  it('shows both partners in the order of the cycle, each layer with its worksheet question', () => {
    renderEditor(polka);
    expect(partnerGroup(1)).toHaveAccessibleName('Partner 1: Theo');
    expect(partnerGroup(2)).toHaveAccessibleName('Partner 2: Priya');
    const theo = within(partnerGroup(1));
    const labels = ['Trigger', 'Perception', 'Reactive emotion', 'Move'];
    for (const label of [...labels, 'Primary emotion', 'Attachment fear', 'Longing'])
      expect(theo.getByLabelText(label)).toBeInTheDocument();
    expect(theo.getByLabelText('Perception')).toHaveAccessibleDescription(
      /^What do I tell myself it means\?/,
    );
    expect(theo.getByLabelText('Trigger')).toHaveValue(polka.partners[0].layers.trigger);
    expect(theo.getByRole('heading', { name: 'Above the line: what Theo shows' })).toBeVisible();
    expect(theo.getByRole('heading', { name: 'Below the line: what stays hidden' })).toBeVisible();
  });

  it('typing in Partner 1’s Trigger changes the map in the studio', async () => {
    const { user, current } = renderEditor();
    const trigger = partnerField(1, 'Trigger');
    expect(trigger).toHaveAttribute('placeholder', expect.stringMatching(/^e\.g\. “/));
    await user.type(trigger, 'a sigh');
    expect(current().partners[0].layers.trigger).toBe('a sigh');
    expect(current().partners[1].layers.trigger).toBe('');
  });

  it('Undo takes back several characters of typing in one step, and Redo brings them back', async () => {
    const { user, current } = renderEditor(polka);
    const perception = partnerField(1, 'Perception');
    const before = polka.partners[0].layers.perception;
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toBeDisabled();
    await user.type(perception, ' again');
    expect(current().partners[0].layers.perception).toBe(`${before} again`);
    await user.click(undo);
    expect(current().partners[0].layers.perception).toBe(before);
    expect(perception).toHaveValue(before);
    expect(undo).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(perception).toHaveValue(`${before} again`);
  });

  it('Ctrl+Z in a field undoes the map’s last step', async () => {
    const { user, current } = renderEditor();
    const longing = partnerField(2, 'Longing');
    await user.type(longing, 'closeness');
    await user.keyboard('{Control>}z{/Control}');
    expect(current().partners[1].layers.longing).toBe('');
    expect(longing).toHaveValue('');
  });

  it('a cleared name shows why at the field, keeps the map’s name, and is listed in the summary', async () => {
    const { user, current } = renderEditor(polka);
    const name = partnerField(1, 'Name');
    await user.clear(name);
    expect(name).toHaveValue('');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(
      expect.stringContaining('Give this partner a name — a first name or a nickname is enough.'),
    );
    expect(current().partners[0].name).toBe('Theo');
    expect(partnerGroup(1)).toHaveAccessibleName('Partner 1: Theo');

    const summary = screen.getByRole('status', { name: 'Left to finish' });
    const link = within(summary).getByRole('link', { name: 'Partner 1’s name' });
    expect(summary).toHaveTextContent('One thing to finish');
    await user.click(link);
    expect(name).toHaveFocus();

    await user.type(name, 'Teddy');
    expect(name).not.toHaveAttribute('aria-invalid');
    expect(current().partners[0].name).toBe('Teddy');
    expect(screen.queryByRole('link', { name: 'Partner 1’s name' })).toBeNull();
  });

  it('lists every unfinished field in the summary', async () => {
    const { user, current } = renderEditor();
    await user.clear(screen.getByLabelText('Title'));
    await user.clear(partnerField(2, 'Name'));
    const links = within(screen.getByRole('status', { name: 'Left to finish' }))
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual(['The map’s title', 'Partner 2’s name']);
    expect(screen.getByText(/^2 things to finish/)).toBeVisible();
    expect(current().title).toBe('Our cycle');
    expect(current().partners[1].name).toBe('Partner 2');
  });

  it('caps text at the format’s limit and counts down gently near it', async () => {
    const { user, current } = renderEditor();
    const name = partnerField(1, 'Name');
    expect(name).toHaveAttribute('maxLength', String(LIMITS.nameChars));
    await user.clear(name);
    await user.paste('A'.repeat(LIMITS.nameChars - 5));
    expect(name).toHaveAccessibleDescription('5 characters left');
    expect(partnerField(1, 'Trigger')).toHaveAttribute('maxLength', String(LIMITS.layerChars));
    expect(current().partners[0].name).toHaveLength(LIMITS.nameChars - 5);
  });

  it('an empty layer is fine: it is “not explored yet”', () => {
    renderEditor(blankMap());
    expect(partnerField(1, 'Attachment fear')).toHaveAccessibleDescription(
      expect.stringContaining('Not explored yet'),
    );
    expect(partnerField(1, 'Attachment fear')).not.toHaveAttribute('aria-invalid');
  });

  it('a suggestion fills the field, and feelings add up', async () => {
    const { user, current } = renderEditor();
    const theo = within(partnerGroup(1));
    await user.click(theo.getByText('Ideas for the primary emotion'));
    const ideas = theo.getByRole('list', { name: 'Ideas for the primary emotion' });
    await user.click(within(ideas).getByRole('button', { name: 'hurt' }));
    await user.click(within(ideas).getByRole('button', { name: 'loneliness' }));
    expect(current().partners[0].layers.primaryEmotion).toBe('hurt, loneliness');
    expect(theo.getByLabelText('Primary emotion')).toHaveValue('hurt, loneliness');
  });

  it('chooses a position in words and leaves the attachment tendency at “Not sure”', async () => {
    const { user, current } = renderEditor();
    const priya = within(partnerGroup(2));
    const attachment = priya.getByRole('group', { name: 'Attachment tendency (optional)' });
    expect(within(attachment).getByRole('radio', { name: 'Not sure' })).toBeChecked();
    expect(attachment).toHaveAccessibleDescription(/never a verdict/);
    await user.click(priya.getByRole('radio', { name: /^Placating/ }));
    expect(current().partners[1].position).toBe('placater');
  });

  it('says so when the map open is not the person’s own to edit', () => {
    renderEditor(polka, 'builtIn');
    expect(screen.getByText(/open to read, not to change/)).toBeVisible();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
