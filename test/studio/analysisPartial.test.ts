// The analysis keeps the figures of the runs done so far while a pooled runner reports them (issue 12).
import { describe, expect, it } from 'vitest';
import { repairWindows } from '../../src/core';
import { createStudio, loopWindowsOf, windowsStateOf } from '../../src/studio';
import { fakeRunner } from './fakeRunner';
import { model } from './models';

const polka = model('protest-polka');
const flip = model('fearful-avoidant-flip');

function setUp() {
  const runner = fakeRunner();
  const studio = createStudio({ analysis: runner });
  studio.send({ type: 'document.load', map: polka, source: 'builtIn' });
  studio.send({ type: 'analysis.enable' });
  return { runner, studio, partial: () => studio.getSnapshot().analysis.context.partial };
}

describe('the analysis’s figures so far', () => {
  it('holds the latest figures while running, and drops them once the result is in', () => {
    const { runner, studio, partial } = setUp();
    const so = (runs: number) => repairWindows(polka, { runs, seed: 1 });
    runner.runs[0]!.report.partial?.(so(50), 50);
    runner.runs[0]!.report.partial?.(so(100), 100);
    expect(partial()).toEqual({ windows: so(100), runs: 100 });
    expect(windowsStateOf(studio.getSnapshot()).status).toBe('running');
    runner.runs[0]!.finish(20);
    expect(partial()).toBeNull();
    expect(windowsStateOf(studio.getSnapshot())).toMatchObject({ status: 'done', runs: 20 });
  });

  it('marks the loop with the figures so far while it runs, then with the result', () => {
    const { runner, studio } = setUp();
    // Before any figures: room for them on the loop, none shown, and no note in their place.
    const waiting = loopWindowsOf(studio.getSnapshot());
    expect(waiting).toEqual({ round: 1, perStep: [], best: null, note: null });
    expect(loopWindowsOf(studio.getSnapshot())).toBe(waiting);
    const soFar = repairWindows(polka, { runs: 50, seed: 1 });
    runner.runs[0]!.report.partial?.(soFar, 50);
    const state = windowsStateOf(studio.getSnapshot());
    expect(state).toMatchObject({ status: 'running', partial: soFar });
    const loop = loopWindowsOf(studio.getSnapshot())!;
    expect(loop.perStep.length).toBeGreaterThan(5);
    const best = Math.max(...soFar.windows.filter((w) => w.round === 1).map((w) => w.successRate));
    expect(Math.max(...loop.perStep.map((w) => w.successRate))).toBe(best);
    runner.runs[0]!.finish(20);
    expect(loopWindowsOf(studio.getSnapshot())).not.toBe(loop);
  });

  it('shows no loop figures with the analysis off', () => {
    const { studio } = setUp();
    studio.send({ type: 'analysis.disable' });
    expect(loopWindowsOf(studio.getSnapshot())).toBeNull();
  });

  it('never shows figures of a run cancelled by a new map', () => {
    const { runner, studio, partial } = setUp();
    const first = runner.runs[0]!;
    first.report.partial?.(repairWindows(polka, { runs: 10, seed: 1 }), 10);
    studio.send({ type: 'document.load', map: flip, source: 'builtIn' });
    expect(partial()).toBeNull();
    first.report.partial?.(repairWindows(polka, { runs: 20, seed: 1 }), 20);
    expect(partial()).toBeNull();
    expect(loopWindowsOf(studio.getSnapshot())?.perStep).toEqual([]);
  });
});
