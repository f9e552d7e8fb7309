// The guided editor on a studio of its own with a map the person may edit (source "library"),
// for the editor's tests: render it, reach each partner's fieldset, read the map in the studio.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MapEditor } from '../../src/app/editor/MapEditor';
import { StudioProvider } from '../../src/app/studio/StudioContext';
import { newMap, type CycleMap } from '../../src/core';
import { createStudio, type MapSource } from '../../src/studio';
import { inlineRunner } from '../../src/studio/inlineRunner';

export const blankMap = (): CycleMap => newMap('map-blank', '2026-12-02T10:00:00.000Z');

export function renderEditor(map: CycleMap = blankMap(), source: MapSource = 'library') {
  const studio = createStudio({ analysis: inlineRunner({ maxRuns: 20 }) });
  studio.send({ type: 'document.load', map, source });
  const user = userEvent.setup();
  render(
    <StudioProvider studio={studio}>
      <MapEditor />
    </StudioProvider>,
  );
  /** The map in the studio now. */
  const current = (): CycleMap => {
    const open = studio.getSnapshot().document.context.map;
    if (open === null) throw new Error('No map is open.');
    return open;
  };
  return { studio, user, current };
}

/** A partner's fieldset, by the start of its legend ("Partner 1: Theo"). */
export const partnerGroup = (number: 1 | 2) =>
  screen.getByRole('group', { name: new RegExp(`^Partner ${number}:`) });

/** A field of a partner's fieldset, by its label. */
export const partnerField = (number: 1 | 2, label: string | RegExp) =>
  within(partnerGroup(number)).getByLabelText(label);
