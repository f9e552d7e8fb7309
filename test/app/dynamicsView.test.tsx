// The Dynamics view in jsdom: the phase plane draws both nullclines and every steady state by
// kind (read out with its eigenvalues, and as a table); the keyboard places a start and a
// trajectory appears with where it ends in words; a slider on one's own map moves the nullcline
// through the editor's undoable edit, and Undo brings it back; a pattern's sliders explore an
// unsaved copy.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { describe, expect, it } from 'vitest';
import { DynamicsView } from '../../src/app/dynamics/DynamicsView';
import { StudioProvider } from '../../src/app/studio/StudioContext';
import { steadyStates, trajectory, type CycleMap, type ModelDynamics } from '../../src/core';
import { createStudio, type MapSource } from '../../src/studio';
import { inlineRunner } from '../../src/studio/inlineRunner';
import { scoreText } from '../../src/viz/dynamics/dynamicsWords';
import { sampleMap, samplePartner } from './sampleMap';
import { sampleModel } from './sampleModels';

/** The view on a studio of its own; with reduced motion (the app's switch) unless `motion`. */
function renderDynamics(
  map: CycleMap,
  source: MapSource = 'builtIn',
  motion = false,
  fitFromData?: ComponentProps<typeof DynamicsView>['fitFromData'],
  onEditCopy?: (map: CycleMap) => void,
) {
  const studio = createStudio({ analysis: inlineRunner({ maxRuns: 20 }) });
  studio.send({ type: 'document.load', map, source });
  if (!motion) studio.send({ type: 'playback.setReducedMotion', reduced: true });
  const user = userEvent.setup();
  const { unmount } = render(
    <StudioProvider studio={studio}>
      <DynamicsView fitFromData={fitFromData} onEditCopy={onEditCopy} />
    </StudioProvider>,
  );
  const current = () => studio.getSnapshot().document.context.map!;
  return { studio, user, current, unmount };
}

const plane = () => screen.getByRole('region', { name: 'Phase plane' });
const nullclineOf = (partner: 0 | 1) =>
  plane().querySelector(`path.nullcline[data-partner="${partner}"]`)!.getAttribute('d');
const surface = () => within(plane()).getByRole('application', { name: /place a start/ });
const marks = () =>
  within(within(plane()).getByRole('list', { name: 'Steady states' })).getAllByRole('listitem');
const trajectoryLine = () => plane().querySelector('.trajectory-line');
const coupleOf = (map: CycleMap) => [map.partners[0].dynamics, map.partners[1].dynamics] as const;

describe('the Dynamics view', () => {
  it('draws both nullclines and marks each steady state by kind, with its eigenvalues', () => {
    const secure = sampleModel('secure-cycle');
    renderDynamics(secure);
    for (const partner of [0, 1] as const) expect(nullclineOf(partner)).toMatch(/^M[\d.]+,[\d.]+L/);
    const expected = steadyStates(...coupleOf(secure));
    expect(expected.length).toBeGreaterThan(0);
    const marked = marks();
    expect(marked).toHaveLength(expected.length);
    expected.forEach((state, i) => {
      const [noor, sam] = state.scores;
      expect(marked[i]).toHaveAccessibleName(
        new RegExp(
          `^Steady state ${i + 1}, ${state.kind}: Noor ${scoreText(noor)}, Sam ${scoreText(sam)}\\. Eigenvalues .+ moduli `,
        ),
      );
      // Shape, not colour alone: each mark carries its kind for the CSS, and a word beside it.
      expect(marked[i]).toHaveAttribute('data-kind', state.kind);
    });
    // The same states as a table under the plane.
    const table = within(plane()).getByRole('table', { name: /^Steady states/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(expected.length);
    expect(rows[0]).toHaveTextContent(expected[0]!.kind);
    expect(within(table).getByRole('columnheader', { name: 'Moduli' })).toBeInTheDocument();
  });

  it('shows a focused steady state’s eigenvalues beside it', () => {
    renderDynamics(sampleModel('secure-cycle'));
    const [mark] = marks();
    expect(plane().querySelector('.steady-tip')).toBeNull();
    act(() => mark!.focus());
    expect(plane().querySelector('.steady-tip')).toHaveTextContent(/Eigenvalues .* and /);
  });

  it('a start placed from the keyboard draws a trajectory and says where it settles', async () => {
    const secure = sampleModel('secure-cycle');
    const { user } = renderDynamics(secure);
    expect(trajectoryLine()).toBeNull();
    act(() => surface().focus());
    // Six points left with Shift, then three down: the crosshair at Noor −6, Sam −3.
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(surface()).toHaveAccessibleName(/Crosshair at Noor −6\.0, Sam −3\.0$/);
    await user.keyboard('{Enter}');
    // With reduced motion the whole path is there at once.
    expect(trajectoryLine()?.getAttribute('d')).toMatch(/^M.+L/);
    const [state] = steadyStates(...coupleOf(secure));
    const settles = `From Noor −6.0, Sam −3.0, updating both at once: settles at Noor ${scoreText(state!.scores[0])}, Sam ${scoreText(state!.scores[1])}`;
    expect(within(plane()).getByRole('status')).toHaveTextContent(settles);
    // And for the eye, under the plane (the status above is for screen readers).
    expect(
      within(plane()).getByText(new RegExp(`^${settles}`), { selector: 'p:not([role=status])' }),
    ).toBeVisible();
  });

  it('draws a placed trajectory turn by turn, and then whole', async () => {
    const secure = sampleModel('secure-cycle');
    const { user } = renderDynamics(secure, 'builtIn', true);
    act(() => surface().focus());
    await user.keyboard('{Shift>}{ArrowRight}{ArrowRight}{/Shift}{Enter}');
    const whole = trajectory(...coupleOf(secure), [12, 0]).points.length;
    const line = trajectoryLine()!;
    // Partly drawn at first: fewer turns than the whole path.
    expect(line).toHaveAttribute('data-drawn', 'partly');
    expect(line.getAttribute('d')!.split('L').length).toBeLessThan(whole);
    await waitFor(() => expect(line).toHaveAttribute('data-drawn', 'whole'), { timeout: 5000 });
    expect(line.getAttribute('d')!.split('L')).toHaveLength(whole);
  });

  it('a dance with no steady state on the scale runs to its edge, and says so', async () => {
    const polka = sampleModel('protest-polka');
    const { user } = renderDynamics(polka);
    expect(within(plane()).queryByRole('list', { name: 'Steady states' })).toBeNull();
    expect(within(plane()).getByText(/^No steady state on the scale/)).toBeVisible();
    act(() => surface().focus());
    await user.keyboard('{Enter}');
    const end = trajectory(...coupleOf(polka), [0, 0]).points.at(-1)!;
    expect(within(plane()).getByRole('status')).toHaveTextContent(
      `runs to the edge of the scale, Theo ${scoreText(end[0])}, Priya ${scoreText(end[1])}`,
    );
  });

  it('the update toggle redraws the trajectory one after the other', async () => {
    const { user } = renderDynamics(sampleModel('secure-cycle'));
    act(() => surface().focus());
    await user.keyboard('{Shift>}{ArrowDown}{ArrowDown}{/Shift}{Enter}');
    const both = trajectoryLine()!.getAttribute('d');
    await user.click(screen.getByRole('radio', { name: /^One after the other/ }));
    expect(within(plane()).getByText(/updating one after the other/)).toBeVisible();
    // A staircase: partner 0 moves across, then partner 1 answers.
    expect(plane().querySelector('.trajectory')).toHaveAttribute('data-update', 'sequential');
    expect(trajectoryLine()!.getAttribute('d')).not.toBe(both);
  });

  it('the steady states’ kinds follow the update: a chase unstable both at once, stable in turns', async () => {
    // Alex follows Jo's mood (slope 0.9), Jo moves against Alex's (−1), no repair or damping:
    // (0, 0) is the one steady state (test/core/dynamics/updateOrder.test.ts works out both kinds).
    const chase = (slope: number) => ({
      ...samplePartner().dynamics,
      inertia: 0.5,
      setPoint: 0,
      negativeInfluence: slope,
      positiveInfluence: slope,
      repairStrength: 0,
      dampingStrength: 0,
    });
    const base = sampleMap();
    const map = sampleMap({
      partners: [
        { ...base.partners[0], dynamics: chase(0.9) },
        { ...base.partners[1], dynamics: chase(-1) },
      ],
    });
    const { user } = renderDynamics(map);
    const table = () => within(plane()).getByRole('table');
    expect(table()).toHaveAccessibleName(/kinds for the update both at once/);
    expect(marks().map((mark) => mark.dataset.kind)).toEqual(['unstable']);
    await user.click(screen.getByRole('radio', { name: /^One after the other/ }));
    expect(table()).toHaveAccessibleName(/kinds for the update one after the other/);
    expect(marks().map((mark) => mark.dataset.kind)).toEqual(['stable']);
    expect(within(table()).getAllByRole('row')[1]).toHaveTextContent('stable');
  });

  it('shows the vector field only when asked', async () => {
    const { user } = renderDynamics(sampleModel('secure-cycle'));
    expect(plane().querySelector('.vector-field')).toBeNull();
    await user.click(screen.getByRole('switch', { name: /Vector field/ }));
    expect(plane().querySelectorAll('.vector-field line').length).toBeGreaterThan(100);
  });

  it('on one’s own map, a slider moves the nullcline through an undoable edit', async () => {
    const secure = sampleModel('secure-cycle');
    const { user, current } = renderDynamics(secure, 'library');
    const before = nullclineOf(0);
    const noor = within(screen.getByRole('group', { name: /^How Noor moves/ }));
    const setPoint = noor.getByRole('slider', { name: 'Where they settle alone' });
    fireEvent.change(setPoint, { target: { value: '-6' } });
    fireEvent.blur(setPoint);
    expect(current().partners[0].dynamics.setPoint).toBe(-6);
    expect(nullclineOf(0)).not.toBe(before);
    expect(screen.queryByText(/not saved/)).toBeNull();
    await user.click(screen.getByRole('button', { name: /Undo/ }));
    expect(current().partners[0].dynamics.setPoint).toBe(secure.partners[0].dynamics.setPoint);
    expect(nullclineOf(0)).toBe(before);
    await user.click(screen.getByRole('button', { name: /Redo/ }));
    expect(nullclineOf(0)).not.toBe(before);
  });

  it('on a built-in pattern, the sliders explore an unsaved copy with its own undo and reset', async () => {
    const secure = sampleModel('secure-cycle');
    const { user, current } = renderDynamics(secure);
    expect(screen.getByText(/explore a copy that is not saved/)).toBeVisible();
    const reset = screen.getByRole('button', { name: 'Reset to the pattern’s figures' });
    expect(reset).toBeDisabled();
    const before = nullclineOf(1);
    const marksBefore = marks().length;
    const sam = within(screen.getByRole('group', { name: /^How Sam moves/ }));
    for (const partner of ['Noor', 'Sam']) {
      const group = within(
        screen.getByRole('group', { name: new RegExp(`^How ${partner} moves`) }),
      );
      const slope = group.getByRole('slider', { name: 'Moved by the other’s negativity' });
      fireEvent.change(slope, { target: { value: '0.6' } });
      fireEvent.blur(slope);
    }
    // The pattern itself is untouched; the plane follows the copy: a saddle splits off.
    expect(current()).toBe(secure);
    expect(nullclineOf(1)).not.toBe(before);
    expect(within(plane()).getAllByRole('listitem').length).toBeGreaterThan(marksBefore);
    expect(
      within(plane())
        .getAllByRole('listitem')
        .map((mark) => mark.dataset.kind),
    ).toContain('saddle');
    await user.click(screen.getByRole('button', { name: /Undo/ }));
    expect(sam.getByRole('slider', { name: 'Moved by the other’s negativity' })).toHaveValue(
      String(secure.partners[1].dynamics.negativeInfluence),
    );
    await user.click(screen.getByRole('button', { name: 'Reset to the pattern’s figures' }));
    expect(nullclineOf(1)).toBe(before);
    expect(marks()).toHaveLength(marksBefore);
  });

  it('keeps a pattern’s explored figures in a copy, the pattern itself unchanged', async () => {
    const secure = sampleModel('secure-cycle');
    const kept: CycleMap[] = [];
    const { user, current } = renderDynamics(secure, 'builtIn', false, undefined, (map) =>
      kept.push(map),
    );
    expect(screen.getByText(/choose “Edit a copy with these figures”/)).toBeVisible();
    const sam = within(screen.getByRole('group', { name: /^How Sam moves/ }));
    const slope = sam.getByRole('slider', { name: 'Moved by the other’s negativity' });
    fireEvent.change(slope, { target: { value: '0.6' } });
    fireEvent.blur(slope);
    await user.click(screen.getByRole('button', { name: 'Edit a copy with these figures' }));
    expect(kept).toHaveLength(1);
    const [copy] = kept;
    expect(copy!.partners[1].dynamics).toEqual({
      ...secure.partners[1].dynamics,
      negativeInfluence: 0.6,
    });
    expect(copy!.partners[0].dynamics).toEqual(secure.partners[0].dynamics);
    // Everything but the figures is the pattern’s: its words, steps, repairs and settings.
    expect({ ...copy!, partners: null }).toEqual({ ...secure, partners: null });
    expect({ ...copy!.partners[1], dynamics: null }).toEqual({
      ...secure.partners[1],
      dynamics: null,
    });
    expect(current()).toBe(secure);
  });

  it('hands a fit’s figures to the map through its slot, as one step of undo', async () => {
    const secure = sampleModel('secure-cycle');
    // Both more moved by the other's negativity; Noor's inertia past what a map may hold, as a
    // fit can give: it is held to 0.99, and the plane still draws.
    const [noor, sam] = coupleOf(secure);
    const hotter: readonly [ModelDynamics, ModelDynamics] = [
      { ...noor, negativeInfluence: 0.6, inertia: 1.3 },
      { ...sam, negativeInfluence: 0.6 },
    ];
    for (const source of ['library', 'builtIn'] as const) {
      const { user, current, unmount } = renderDynamics(
        secure,
        source,
        false,
        ({ names, onUse }) => (
          <button type="button" onClick={() => onUse(hotter)}>
            Use the fit for {names.join(' and ')}
          </button>
        ),
      );
      const before = nullclineOf(0);
      await user.click(screen.getByRole('button', { name: 'Use the fit for Noor and Sam' }));
      expect(marks().map((mark) => mark.dataset.kind)).toContain('saddle');
      expect(nullclineOf(0)).not.toBe(before);
      // One's own map takes the figures; a pattern stays as it is.
      expect(current().partners[1].dynamics.negativeInfluence).toBe(
        source === 'library' ? 0.6 : secure.partners[1].dynamics.negativeInfluence,
      );
      const inertia = within(screen.getByRole('group', { name: /^How Noor moves/ })).getByRole(
        'slider',
        { name: 'Emotional inertia' },
      );
      expect(inertia).toHaveAttribute('aria-valuetext', '0.99');
      await user.click(screen.getByRole('button', { name: /Undo/ }));
      expect(nullclineOf(0)).toBe(before);
      unmount();
    }
  });
});
