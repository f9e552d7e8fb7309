// A second screen on the same studio: it watches and drives the dance through selectors and named
// actions alone, without touching the dance view — what the studio exists for.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useDispatch } from '../../src/app/actions/useActions';
import { DanceView } from '../../src/app/dance/DanceView';
import { MapStudio } from '../../src/app/studio/MapStudio';
import { useStudioSelector } from '../../src/app/studio/StudioContext';
import { indexOf, narrationOf, phaseOf, quoted } from '../../src/studio';
import { polka } from '../../stories/sampleDances';

/** A presenter's remote: the moment, the phase and one button. */
function Remote() {
  const run = useDispatch();
  const index = useStudioSelector(indexOf);
  const phase = useStudioSelector(phaseOf);
  const narration = useStudioSelector(narrationOf);
  return (
    <section aria-label="Remote">
      <p>
        Moment {index} · {phase}
      </p>
      <p>{narration}</p>
      <button type="button" onClick={() => run('seek', 10_000)}>
        To the end
      </button>
    </section>
  );
}

describe('another screen on the studio', () => {
  it('follows the dance view’s steps, and its own action moves the dance view too', async () => {
    const user = userEvent.setup();
    render(
      <MapStudio map={polka} seed={7}>
        <DanceView />
        <Remote />
      </MapStudio>,
    );
    const remote = screen.getByRole('region', { name: 'Remote' });
    expect(remote).toHaveTextContent('Moment 0 · playing');
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(remote).toHaveTextContent('Moment 1 · playing');
    expect(remote).toHaveTextContent(
      `What it means to Theo: ${quoted(polka.partners[0].layers.perception)}`,
    );
    await user.click(within(remote).getByRole('button', { name: 'To the end' }));
    expect(remote).toHaveTextContent('disengaged');
    expect(screen.getByRole('region', { name: 'Dance' })).toHaveAttribute(
      'data-outcome',
      'Disengaged',
    );
  });
});
