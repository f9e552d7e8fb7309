// The repair windows' analysis gets ready (its code, its workers) once their switch is painted,
// so switching it on answers at once; not as the map opens, where starting it would share the
// cores with the dance's first drawing.
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DanceView } from '../../src/app/dance/DanceView';
import { StudioProvider } from '../../src/app/studio/StudioContext';
import { createStudio } from '../../src/studio';
import { polka } from '../../stories/sampleDances';
import { fakeRunner } from '../studio/fakeRunner';

describe('the repair windows getting ready', () => {
  it('starts once the switch is on screen, told the run it will most likely be asked', async () => {
    const runner = fakeRunner();
    const studio = createStudio({ analysis: runner });
    render(
      <StudioProvider studio={studio}>
        <DanceView />
      </StudioProvider>,
    );
    studio.send({ type: 'document.load', map: polka, source: 'builtIn' });
    expect(runner.warmed()).toBe(0);
    await screen.findByRole('switch', { name: 'Repair windows' });
    await waitFor(() => expect(runner.warmed()).toBe(1));
    expect(runner.likely()).toMatchObject({ map: polka, therapistPresent: false });
    expect(runner.runs).toHaveLength(0);
  });
});
