// The repair-window analysis as an actor, with a fake runner: on and off, following the dance, cancelled when it changes.
import { describe, expect, it } from 'vitest';
import { createStudio, loopWindowsOf, windowsStateOf, type Studio } from '../../src/studio';
import { fakeRunner } from './fakeRunner';
import { model } from './models';

const polka = model('protest-polka');
const flip = model('fearful-avoidant-flip');

function setUp(): { studio: Studio; runner: ReturnType<typeof fakeRunner> } {
  const runner = fakeRunner();
  const studio = createStudio({ analysis: runner });
  studio.send({ type: 'document.load', map: polka, source: 'builtIn' });
  return { studio, runner };
}

describe('the studio’s analysis', () => {
  it('does nothing until switched on, then runs on the dance being played', () => {
    const { studio, runner } = setUp();
    expect(runner.runs).toHaveLength(0);
    expect(windowsStateOf(studio.getSnapshot())).toEqual({ status: 'off' });
    studio.send({ type: 'analysis.enable' });
    expect(runner.runs).toHaveLength(1);
    expect(runner.runs[0]!.request).toMatchObject({
      map: polka,
      therapistPresent: false,
      runs: 1000,
      seed: 1,
    });
    expect(windowsStateOf(studio.getSnapshot())).toMatchObject({ status: 'running', progress: 0 });
  });

  it('gets its runner ready when its switch is shown, before it is switched on', () => {
    const runner = fakeRunner();
    const studio = createStudio({ analysis: runner });
    studio.send({ type: 'document.load', map: polka, source: 'builtIn' });
    // Not with the dance alone: the runner's start would share the cores with its first drawing.
    expect(runner.warmed()).toBe(0);
    studio.send({ type: 'analysis.prepare' });
    expect(runner.warmed()).toBeGreaterThan(0);
    // Told what it will most likely be asked, so it can compile that run's code ahead.
    expect(runner.likely()).toMatchObject({ map: polka, therapistPresent: false, runs: 1000 });
    expect(runner.runs).toHaveLength(0);
  });

  it('shows progress, then the result, and the loop’s figures for the round on screen', () => {
    const { studio, runner } = setUp();
    studio.send({ type: 'analysis.enable' });
    runner.runs[0]!.report.progress(0.5);
    expect(windowsStateOf(studio.getSnapshot())).toMatchObject({ progress: 0.5 });
    runner.runs[0]!.finish(30);
    const state = windowsStateOf(studio.getSnapshot());
    expect(state).toMatchObject({ status: 'done', runs: 30 });
    const loop = loopWindowsOf(studio.getSnapshot())!;
    expect(loop.perStep.length).toBeGreaterThan(5);
    expect(loop.best).not.toBeNull();
  });

  it('a new map cancels the run under way, and a late reply from it is never shown', () => {
    const { studio, runner } = setUp();
    studio.send({ type: 'analysis.enable' });
    const first = runner.runs[0]!;
    studio.send({ type: 'document.load', map: flip, source: 'builtIn' });
    expect(first.cancelled).toBe(true);
    expect(runner.runs).toHaveLength(2);
    expect(runner.runs[1]!.request.map).toBe(flip);
    first.finish();
    expect(windowsStateOf(studio.getSnapshot()).status).toBe('running');
    runner.runs[1]!.finish();
    expect(windowsStateOf(studio.getSnapshot()).status).toBe('done');
  });

  it('the therapist switch runs it again, co-regulated; switching off cancels it', () => {
    const { studio, runner } = setUp();
    studio.send({ type: 'analysis.enable' });
    studio.send({ type: 'playback.setTherapist', present: true });
    expect(runner.runs[0]!.cancelled).toBe(true);
    expect(runner.runs[1]!.request.therapistPresent).toBe(true);
    studio.send({ type: 'analysis.disable' });
    expect(runner.runs[1]!.cancelled).toBe(true);
    expect(windowsStateOf(studio.getSnapshot())).toEqual({ status: 'off' });
  });

  it('switched off and on again for the same dance, it shows the answer it has without running again', () => {
    const { studio, runner } = setUp();
    studio.send({ type: 'analysis.enable' });
    runner.runs[0]!.finish();
    studio.send({ type: 'analysis.disable' });
    studio.send({ type: 'analysis.enable' });
    expect(runner.runs).toHaveLength(1);
    expect(windowsStateOf(studio.getSnapshot()).status).toBe('done');
  });

  it('says plainly when the analysis fails, and tries again for the next dance', () => {
    const { studio, runner } = setUp();
    studio.send({ type: 'analysis.enable' });
    runner.runs[0]!.report.fail('The analysis could not run in this browser.');
    expect(windowsStateOf(studio.getSnapshot())).toEqual({
      status: 'error',
      message: 'The analysis could not run in this browser.',
    });
    studio.send({ type: 'document.load', map: flip, source: 'builtIn' });
    expect(windowsStateOf(studio.getSnapshot()).status).toBe('running');
  });

  it('switched on with no map open, it waits, and starts when a map is opened', () => {
    const runner = fakeRunner();
    const studio = createStudio({ analysis: runner });
    studio.send({ type: 'analysis.enable' });
    expect(windowsStateOf(studio.getSnapshot())).toEqual({ status: 'waiting' });
    studio.send({ type: 'document.load', map: polka, source: 'builtIn' });
    expect(runner.runs).toHaveLength(1);
    studio.send({ type: 'document.close' });
    expect(runner.runs[0]!.cancelled).toBe(true);
    expect(windowsStateOf(studio.getSnapshot())).toEqual({ status: 'waiting' });
  });
});
