// A cold dance as a person meets it (issue 9): Freeze and Flee's loop thins and comes apart as it
// deepens, the partners drift apart, its state reads "Frozen" with hanging bars — not the heavier
// red loop and rising bars of Find the Bad Guy — and the heart gauges call a low heart "Quiet,
// shut down" rather than calm.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compileMachine, extendSession, startSession, type CycleMap } from '../../src/core';
import { loopReadingOf, type LoopReading } from '../../src/studio';
import { ArousalGauge, type ArousalGaugeProps } from '../../src/viz/body/ArousalGauge';
import { DanceLoop } from '../../src/viz/loop/DanceLoop';
import { loopPaint, loopTargets } from '../../src/viz/loop/loopPaint';
import { loopLayout } from '../../src/viz/loop/loopLayout';
import { sampleModel } from './sampleModels';

const flee = sampleModel('freeze-and-flee');
const badGuy = sampleModel('find-the-bad-guy');

/** Every moment of a map's dance with seed 7, as the studio reads them. */
function readingsOf(map: CycleMap): LoopReading[] {
  const machine = compileMachine(map);
  return extendSession(machine, startSession(machine, { seed: 7 }), 400).snapshots.map(
    loopReadingOf,
  );
}

const deepest = (all: LoopReading[]) =>
  all.filter((r) => r.phase === 'loop').reduce((a, b) => (b.heat > a.heat ? b : a));

function renderLoop(map: CycleMap, reading: LoopReading) {
  return render(<DanceLoop map={map} reading={reading} turnDurationMs={0} reducedMotion />);
}

const loopState = () => screen.getByLabelText(/^Loop state: /);
const lineWidth = (container: HTMLElement) =>
  Number(container.querySelector('.dance-loop-arc')?.getAttribute('stroke-width'));

describe('Freeze and Flee’s loop reads cold', () => {
  const fleeReadings = readingsOf(flee);
  const calm = fleeReadings[0]!;
  const frozen = deepest(fleeReadings);

  it('names its deepest moment “Frozen”, where Find the Bad Guy’s is “Deep in the cycle”', () => {
    const { unmount } = renderLoop(flee, frozen);
    expect(loopState()).toHaveAccessibleName('Loop state: Frozen');
    expect(loopState()).toHaveAttribute('data-register', 'cold');
    unmount();
    renderLoop(badGuy, deepest(readingsOf(badGuy)));
    expect(loopState()).toHaveAccessibleName('Loop state: Deep in the cycle');
    expect(loopState()).toHaveAttribute('data-register', 'hot');
  });

  it('shows its depth with bars that hang down, not bars that rise: a shape, not only a colour', () => {
    const { container, unmount } = renderLoop(flee, frozen);
    const cold = container.querySelector('.dance-loop-heat-bars')!;
    expect(cold).toHaveAttribute('data-register', 'cold');
    const coldTops = [...cold.querySelectorAll('rect')].map((r) => r.getAttribute('y'));
    unmount();
    const hot = renderLoop(badGuy, deepest(readingsOf(badGuy))).container.querySelector(
      '.dance-loop-heat-bars',
    )!;
    const hotTops = [...hot.querySelectorAll('rect')].map((r) => r.getAttribute('y'));
    // Hanging bars share one top edge; rising bars share one bottom edge, so their tops differ.
    expect(new Set(coldTops).size).toBe(1);
    expect(new Set(hotTops).size).toBe(3);
    expect(cold.querySelectorAll('[data-filled="true"]')).toHaveLength(3);
  });

  it('thins its line as it deepens, where a hot loop thickens', () => {
    const widthAt = (map: CycleMap, reading: LoopReading) => {
      const { container, unmount } = renderLoop(map, reading);
      const width = lineWidth(container);
      unmount();
      return width;
    };
    const calmWidth = widthAt(flee, calm);
    const frozenWidth = widthAt(flee, frozen);
    const hotWidth = widthAt(badGuy, deepest(readingsOf(badGuy)));
    expect(frozenWidth).toBeLessThan(calmWidth);
    expect(hotWidth).toBeGreaterThan(calmWidth);
  });

  it('opens the gaps in its dashes and draws the partners further apart than heat alone would', () => {
    const layout = loopLayout(flee, { width: 720, badges: false });
    const paintOf = (reading: LoopReading) => {
      const { tone, values } = loopTargets(layout, reading);
      return { tone, ...loopPaint(layout, tone, values) };
    };
    const gap = (dashes: string) => Number(dashes.split(' ')[1]);
    const quiet = paintOf(calm);
    const deep = paintOf(frozen);
    expect(deep.tone).toBe('cold');
    expect(gap(deep.dashes)).toBeGreaterThan(gap(quiet.dashes));
    const apart = (p: { figureX: readonly [number, number] }) => p.figureX[1] - p.figureX[0];
    expect(apart(deep)).toBeGreaterThan(apart(quiet));
    // At the same depth, a cold dance stands the partners further apart than a hot one.
    const asHot = paintOf({ ...frozen, register: 'hot' });
    expect(apart(deep)).toBeGreaterThan(apart(asHot));
    expect(deep.colour).not.toBe(asHot.colour);
  });
});

describe('the heart gauge in a cold dance', () => {
  const ben: ArousalGaugeProps = {
    name: 'Ben',
    partner: 0,
    heartRate: 78,
    restingHeartRate: 70,
    floodLine: 100,
    flooded: false,
    reducedMotion: true,
  };

  it('frames a heart below the line as quiet and shut down, in words', () => {
    const { container } = render(<ArousalGauge {...ben} register="cold" />);
    const meter = screen.getByRole('meter', { name: 'Ben’s heart rate' });
    expect(meter).toHaveTextContent('Quiet, shut down');
    expect(meter).toHaveAttribute(
      'aria-valuetext',
      'Ben: 78 beats per minute, quiet, shut down, below the flooding line (100)',
    );
    expect(container.firstElementChild).toHaveAttribute('data-register', 'cold');
  });

  it('still says “Flooded” when a cold dance is stirred up, and reads as before without a register', () => {
    const { unmount } = render(<ArousalGauge {...ben} register="cold" heartRate={104} flooded />);
    expect(screen.getByRole('meter')).toHaveTextContent('⚠ Flooded');
    expect(screen.getByRole('meter')).not.toHaveTextContent('Quiet');
    unmount();
    render(<ArousalGauge {...ben} />);
    expect(screen.getByRole('meter')).toHaveTextContent('Below the flooding line');
    expect(screen.getByRole('meter')).not.toHaveTextContent('shut down');
  });
});
