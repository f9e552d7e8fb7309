// The live statechart as a trainee meets it: the Polka laid out by the real ELK, drawn at real
// moments of a seeded session — the active states marked and read out as active, a flooded
// partner's step marked, the keyboard moving from state to state (and not stepping the dance),
// and the turn out of the active step a button that takes it.
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  compileMachine,
  extendSession,
  layoutStatechart,
  startSession,
  type SceneEdge,
} from '../../src/core';
import { nodeElkLayout } from '../../src/cli/nodeElk';
import { StatechartDrawing, type LiveState } from '../../src/app/statechart/StatechartDrawing';
import { enabledEdges, lastEdges } from '../../src/app/statechart/liveEdges';
import { activeStateIds } from '../../src/studio';
import { sampleModel } from './sampleModels';

const polka = sampleModel('protest-polka');
const [theo, priya] = polka.partners;
const machine = compileMachine(polka);
/** Seed 7 floods Theo at turn 36 and Priya at 38; at turn 40 both are flooded. */
const FLOODED_MOMENT = 40;
const session = extendSession(machine, startSession(machine, { seed: 7 }), FLOODED_MOMENT);
const scene = await layoutStatechart(polka, { layout: nodeElkLayout, direction: 'DOWN' });

/** What the view hands the drawing at snapshot `index` of the session. */
function liveAt(index: number): LiveState {
  const snapshot = session.snapshots[index]!;
  const now = new Set(activeStateIds(snapshot));
  const before = new Set(index > 0 ? activeStateIds(session.snapshots[index - 1]!) : []);
  const { partners } = snapshot.context;
  return {
    active: now,
    lastEdges: new Set(lastEdges(scene.edges, before, now).map((edge) => edge.id)),
    enabled: enabledEdges(scene.edges, now, index < session.snapshots.length - 1),
    flooded: [partners[0].flooded, partners[1].flooded],
  };
}

function drawAt(index: number, onTakeEdge: (edge: SceneEdge) => void = () => undefined) {
  const view = render(
    <StatechartDrawing scene={scene} live={liveAt(index)} zoom={1} onTakeEdge={onTakeEdge} />,
  );
  const states = within(screen.getByRole('list', { name: 'States of the cycle' }));
  return { ...view, states };
}

const activeBoxes = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-active="true"]')].map((el) =>
    el.getAttribute('data-state'),
  );

afterEach(() => vi.restoreAllMocks());

describe('the live statechart', () => {
  it('marks Theo’s trigger, his steps and the loop active at the start, and reads them out so', () => {
    const { container, states } = drawAt(0);
    expect(activeBoxes(container)).toEqual(
      expect.arrayContaining([...activeStateIds(session.snapshots[0]!)]),
    );
    expect(activeBoxes(container)).toHaveLength(3);
    const trigger = container.querySelector('[data-state="cyclemap.loop.partner0.trigger"]')!;
    expect(trigger).toHaveAttribute('data-active', 'true');
    expect(trigger.getAttribute('aria-label')).toMatch(/^Theo: .*, active$/);
    // Priya's trigger waits, and says nothing of being active.
    const hers = container.querySelector('[data-state="cyclemap.loop.partner1.trigger"]')!;
    expect(hers).toHaveAttribute('data-active', 'false');
    expect(hers.getAttribute('aria-label')).toMatch(/^Priya: /);
    expect(hers.getAttribute('aria-label')).not.toMatch(/active/);
    // Every state the list reads as active is marked active, and the other way round.
    const readActive = states
      .getAllByRole('listitem')
      .filter((item) => /, active(, flooded)?$/.test(item.getAttribute('aria-label') ?? ''));
    expect(readActive.map((item) => item.getAttribute('data-state')).sort()).toEqual(
      [...activeBoxes(container)].sort(),
    );
    // No arrow has been taken yet.
    expect(container.querySelector('[data-last="true"]')).toBeNull();
  });

  it('marks a flooded partner’s active step, and says so', () => {
    const snapshot = session.snapshots[FLOODED_MOMENT]!;
    expect(snapshot.context.partners.every((p) => p.flooded)).toBe(true);
    const { container } = drawAt(FLOODED_MOMENT);
    const flooded = [...container.querySelectorAll('[data-flooded="true"]')];
    expect(flooded).toHaveLength(1);
    const step = flooded[0]!;
    expect(step).toHaveAttribute('data-active', 'true');
    expect(step).toHaveAttribute('data-kind', 'step');
    expect(step.getAttribute('aria-label')).toMatch(/, active, flooded$/);
    const who = Number(step.getAttribute('data-partner'));
    expect(step.getAttribute('aria-label')).toMatch(new RegExp(`^${[theo, priya][who]!.name}: `));
    // The same moment calm: the step is active, not flooded.
    const calm = render(
      <StatechartDrawing
        scene={scene}
        live={{ ...liveAt(FLOODED_MOMENT), flooded: [false, false] }}
        zoom={1}
        onTakeEdge={() => undefined}
      />,
    );
    expect(calm.container.querySelector('[data-flooded="true"]')).toBeNull();
  });

  it('marks the arrow just taken', () => {
    const { container } = drawAt(1);
    const last = container.querySelectorAll('[data-last="true"]');
    expect(last).toHaveLength(1);
    expect(last[0]).toHaveAttribute('data-source', 'cyclemap.loop.partner0.trigger');
  });

  it('moves focus from state to state with the arrows, Home and End, not stepping the dance', () => {
    const { states } = drawAt(0);
    const items = states.getAllByRole('listitem');
    const pageKeys = vi.fn<(key: string, prevented: boolean) => void>();
    const onWindowKey = (event: KeyboardEvent) => {
      pageKeys(event.key, event.defaultPrevented);
    };
    window.addEventListener('keydown', onWindowKey);
    try {
      const first = items.find((item) => item.tabIndex === 0)!;
      expect(items.filter((item) => item.tabIndex === 0)).toHaveLength(1);
      first.focus();

      expect(fireEvent.keyDown(first, { key: 'ArrowDown' })).toBe(false);
      const second = document.activeElement as HTMLElement;
      expect(second).not.toBe(first);
      expect(items).toContain(second);
      expect(second.tabIndex).toBe(0);
      expect(first.tabIndex).toBe(-1);

      expect(fireEvent.keyDown(second, { key: 'End' })).toBe(false);
      const last = document.activeElement as HTMLElement;
      expect(items).toContain(last);
      expect(last).not.toBe(second);
      // From the last state, the arrow onward has nowhere to go: the key is left alone.
      expect(fireEvent.keyDown(last, { key: 'ArrowDown' })).toBe(true);
      expect(document.activeElement).toBe(last);

      expect(fireEvent.keyDown(last, { key: 'Home' })).toBe(false);
      expect(document.activeElement).toBe(first);
      expect(fireEvent.keyDown(first, { key: 'ArrowUp' })).toBe(true);
      // Every key the drawing used reached the page with its default prevented, so the page's
      // own arrow keys (step forward, step back) did not act on it.
      expect(pageKeys.mock.calls).toEqual([
        ['ArrowDown', true],
        ['End', true],
        ['ArrowDown', false],
        ['Home', true],
        ['ArrowUp', false],
      ]);
    } finally {
      window.removeEventListener('keydown', onWindowKey);
    }
  });

  it('makes the turn out of the active step a button that takes it, by click and by Enter', async () => {
    const taken = vi.fn();
    drawAt(0, taken);
    const turns = screen.getAllByRole('button', { name: /^Take the turn: / });
    expect(turns).toHaveLength(1);
    expect(turns[0]!).toHaveAccessibleName(/from Theo’s .* to Theo’s /);
    await userEvent.click(turns[0]!);
    expect(taken).toHaveBeenCalledTimes(1);
    expect(taken.mock.calls[0]![0]).toMatchObject({
      event: 'TICK',
      source: 'cyclemap.loop.partner0.trigger',
    });
    turns[0]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(taken).toHaveBeenCalledTimes(2);
  });

  it('offers no turn to take at the last moment', () => {
    render(
      <StatechartDrawing
        scene={scene}
        live={{ ...liveAt(0), enabled: new Set() }}
        zoom={1}
        onTakeEdge={() => undefined}
      />,
    );
    expect(screen.queryByRole('button', { name: /^Take the turn/ })).toBeNull();
  });
});
