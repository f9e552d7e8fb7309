// The frame benchmark's reading of a trace: stutters while something moves, kept apart from
// changes shown late while the screen stood still.
import { describe, expect, it } from 'vitest';
import { presentedFrames } from '../../scripts/presentedFrames.mjs';

const VSYNC = 1000 / 60;
const PID = 7;

type State = 'idle' | 'all' | 'partial' | 'dropped';
const STATE = {
  idle: 'STATE_NO_UPDATE_DESIRED',
  all: 'STATE_PRESENTED_ALL',
  partial: 'STATE_PRESENTED_PARTIAL',
  dropped: 'STATE_DROPPED',
} as const;

/** One vsync's report; `moving` is Chromium's affects_smoothness. */
function report(sequence: number, state: State, moving = false) {
  return {
    name: 'PipelineReporter',
    ph: 'b',
    pid: PID,
    tid: 1,
    ts: sequence * 16_667,
    args: {
      frame_reporter: {
        frame_sequence: sequence,
        state: STATE[state],
        affects_smoothness: moving,
      },
    },
  };
}

const RENDERER = {
  name: 'thread_name',
  ph: 'M',
  pid: PID,
  tid: 1,
  ts: 0,
  args: { name: 'CrRendererMain' },
};

function framesOf(...states: [State, boolean?][]) {
  return presentedFrames([
    RENDERER,
    ...states.map(([state, moving], i) => report(i + 1, state, moving)),
  ]);
}

describe('presentedFrames', () => {
  it('counts a frame dropped while something moved as a stutter', () => {
    const frames = framesOf(['all', true], ['dropped', true], ['dropped', true], ['all', true]);
    expect(frames.motion.at(-1)).toBeCloseTo(3 * VSYNC);
    expect(frames.waits).toEqual([]);
    expect(frames.intervals.at(-1)).toBeCloseTo(3 * VSYNC);
  });

  it('counts frames dropped while nothing moved as a change shown late, not a stutter', () => {
    const frames = framesOf(['idle'], ['all'], ['dropped'], ['dropped'], ['dropped'], ['all']);
    expect(Math.max(...frames.motion)).toBeCloseTo(VSYNC);
    expect(frames.waits).toHaveLength(1);
    expect(frames.waits[0]).toBeCloseTo(4 * VSYNC);
    expect(Math.max(...frames.intervals)).toBeCloseTo(4 * VSYNC);
  });

  it('keeps the first change’s wait apart: on a still page, a click’s response', () => {
    const late = framesOf(
      ['idle'],
      ['dropped'],
      ['dropped'],
      ['all'],
      ['idle'],
      ['dropped'],
      ['all'],
    );
    expect(late.first).toBeCloseTo(3 * VSYNC);
    expect(late.waits).toHaveLength(1);
    expect(late.waits[0]).toBeCloseTo(2 * VSYNC);
    expect(framesOf(['idle'], ['all']).first).toBeCloseTo(VSYNC);
    expect(framesOf(['idle'], ['idle']).first).toBeNull();
  });

  it('takes the worst report of a vsync, and whether it came while something moved', () => {
    const events = [
      RENDERER,
      report(1, 'all', true),
      report(2, 'all'),
      report(2, 'dropped', true),
      report(3, 'partial', true),
    ];
    const frames = presentedFrames(events);
    expect(frames).toMatchObject({ presented: 1, partial: 1, dropped: 1, idle: 0 });
    expect(frames.motion.at(-1)).toBeCloseTo(2 * VSYNC);
  });

  it('ends an interval where nothing was meant to change', () => {
    const frames = framesOf(['all', true], ['all', true], ['idle'], ['idle'], ['all', true]);
    // all → all is one interval; after the still vsyncs a new run of frames begins.
    expect(frames.intervals).toHaveLength(1);
    expect(frames.idle).toBe(2);
  });
});
