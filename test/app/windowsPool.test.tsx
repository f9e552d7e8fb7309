/**
 * The browser's pool of analysis workers (issue 12), with in-thread fake workers that play their
 * block a moment later: the same figures for one worker or eight, the figures so far as blocks
 * arrive, a cancelled run's workers ended, idle workers kept for the next run.
 */
import { describe, expect, it } from 'vitest';
import { repairWindows, repairWindowsBlock } from '../../src/core';
import {
  poolSize,
  WARM_UP_RUNS,
  windowsPool,
  type PoolWorker,
} from '../../src/app/studio/windowsPool';
import type { WindowsBlockRequest, WindowsReply } from '../../src/app/studio/windowsWorker';
import type { AnalysisRequest, AnalysisReport } from '../../src/studio';
import type { RepairWindows } from '../../src/core';
import { polka } from '../../stories/sampleDances';

interface FakeWorker extends PoolWorker {
  terminated: boolean;
  readonly blocks: number[];
  /** Warm-up blocks played: [fromRun, toRun]. */
  readonly warmUps: [number, number][];
}

/**
 * Workers that play each block on this thread after a tick; `failAt` makes one block fail, and
 * `onBlock` is called as each block is played (to move a fake clock on).
 */
function fakeWorkers(failAt?: number, onBlock: () => void = () => {}) {
  const made: FakeWorker[] = [];
  const createWorker = (): FakeWorker => {
    const worker: FakeWorker = {
      onmessage: null,
      onerror: null,
      terminated: false,
      blocks: [],
      warmUps: [],
      postMessage(m: WindowsBlockRequest) {
        if (m.warmUp === true) worker.warmUps.push([m.fromRun, m.toRun]);
        else worker.blocks.push(m.fromRun);
        setTimeout(() => {
          if (worker.terminated) return;
          onBlock();
          const data: WindowsReply = m.warmUp
            ? { type: 'warmed' }
            : m.fromRun === failAt
              ? { type: 'error', message: 'The analysis stopped unexpectedly.' }
              : {
                  type: 'counts',
                  fromRun: m.fromRun,
                  counts: repairWindowsBlock(m.map, m, m.fromRun, m.toRun),
                };
          worker.onmessage?.({ data } as MessageEvent<WindowsReply>);
        }, 0);
      },
      terminate() {
        worker.terminated = true;
      },
    };
    made.push(worker);
    return worker;
  };
  return { made, createWorker };
}

interface Heard {
  progress: number[];
  partial: { result: RepairWindows; runs: number }[];
  done: { result: RepairWindows; runs: number } | null;
  failed: string | null;
}

function listen(): { heard: Heard; report: AnalysisReport; settled: Promise<void> } {
  const heard: Heard = { progress: [], partial: [], done: null, failed: null };
  let settle = () => {};
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const report: AnalysisReport = {
    progress: (done) => heard.progress.push(done),
    partial: (result, runs) => heard.partial.push({ result, runs }),
    done: (result, runs) => {
      heard.done = { result, runs };
      settle();
    },
    fail: (message) => {
      heard.failed = message;
      settle();
    },
  };
  return { heard, report, settled };
}

const request: AnalysisRequest = { map: polka, therapistPresent: false, seed: 3, runs: 300 };
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the pool of analysis workers', () => {
  const alone = repairWindows(polka, { runs: 300, seed: 3 });

  for (const size of [1, 2, 8]) {
    it(`gives exactly the one-thread figures with ${size} worker(s)`, async () => {
      const { made, createWorker } = fakeWorkers();
      const { heard, report, settled } = listen();
      windowsPool({ size, createWorker }).run(request, report);
      await settled;
      expect(heard.done).toEqual({ result: alone, runs: 300 });
      // Never more workers than blocks (300 runs are 6 blocks of 50), and each one used.
      expect(made).toHaveLength(Math.min(size, 6));
      expect(made.every((worker) => worker.blocks.length > 0)).toBe(true);
    });
  }

  it('shows the figures so far as each block arrives, over more runs each time', async () => {
    const { createWorker } = fakeWorkers();
    const { heard, report, settled } = listen();
    windowsPool({ size: 2, createWorker, partialEveryMs: 0 }).run(request, report);
    await settled;
    expect(heard.partial.map((p) => p.runs)).toEqual([50, 100, 150, 200, 250]);
    // The figures so far are exactly those of an analysis of the runs that are in (blocks 0 and 1).
    expect(heard.partial[1]!.result).toEqual(repairWindows(polka, { runs: 100, seed: 3 }));
    expect(heard.progress).toEqual([...heard.progress].sort((a, b) => a - b));
    expect(heard.progress.at(-1)).toBe(1);
  });

  it('reports the progress and the figures so far at most every 100 ms, however fast the blocks come', async () => {
    let clock = 0;
    const { createWorker } = fakeWorkers(undefined, () => (clock += 30));
    const { heard, report, settled } = listen();
    windowsPool({ size: 2, createWorker, now: () => clock }).run(request, report);
    await settled;
    // Blocks 30 ms apart: the figures so far after 120 ms of blocks (4 of 6), then the result.
    expect(heard.partial.map((p) => p.runs)).toEqual([200]);
    expect(heard.progress).toEqual([200 / 300, 1]);
    expect(heard.done!.result).toEqual(alone);
  });

  it('gives each worker its next block before the page has heard back, so no worker waits on it', () => {
    const { made, createWorker } = fakeWorkers();
    const { report } = listen();
    const cancel = windowsPool({ size: 2, createWorker }).run(request, report);
    expect(made.map((worker) => worker.blocks)).toEqual([
      [0, 100],
      [50, 150],
    ]);
    cancel();
  });

  it('ends every worker of a run cancelled by a new map, and reports nothing more of it', async () => {
    const { made, createWorker } = fakeWorkers();
    const { heard, report } = listen();
    const pool = windowsPool({ size: 3, createWorker });
    const cancel = pool.run(request, report);
    cancel();
    expect(made.every((worker) => worker.terminated)).toBe(true);
    expect(pool.alive()).toBe(0);
    await tick();
    expect(heard).toEqual({ progress: [], partial: [], done: null, failed: null });
  });

  it('keeps the workers of a finished run for the next one', async () => {
    const { made, createWorker } = fakeWorkers();
    const pool = windowsPool({ size: 2, createWorker });
    const first = listen();
    pool.run(request, first.report);
    await first.settled;
    const second = listen();
    pool.run({ ...request, seed: 4 }, second.report);
    await second.settled;
    expect(made).toHaveLength(2);
    expect(made.some((worker) => worker.terminated)).toBe(false);
    expect(second.heard.done!.result).toEqual(repairWindows(polka, { runs: 300, seed: 4 }));
  });

  it('can start its workers before the first run, which then starts no more', async () => {
    const { made, createWorker } = fakeWorkers();
    const pool = windowsPool({ size: 2, createWorker });
    pool.warm();
    pool.warm();
    expect(made).toHaveLength(2);
    expect(pool.alive()).toBe(2);
    const first = listen();
    pool.run(request, first.report);
    await first.settled;
    expect(made).toHaveLength(2);
    expect(first.heard.done!.result).toEqual(alone);
  });

  it('warmed with the likely run, has each worker play a few of its runs, which change no figure', async () => {
    const { made, createWorker } = fakeWorkers();
    const pool = windowsPool({ size: 2, createWorker });
    pool.warm(request);
    expect(made.map((worker) => worker.warmUps)).toEqual([
      [[0, WARM_UP_RUNS]],
      [[0, WARM_UP_RUNS]],
    ]);
    // The run starts before the warm-up blocks are answered: their answers reach it, and are ignored.
    const first = listen();
    pool.run(request, first.report);
    await first.settled;
    expect(first.heard.done!.result).toEqual(alone);
    expect(first.heard.done!.runs).toBe(request.runs);
  });

  it('says so in a sentence when a worker fails, and ends the others', async () => {
    const { made, createWorker } = fakeWorkers(100);
    const { heard, report, settled } = listen();
    windowsPool({ size: 2, createWorker }).run(request, report);
    await settled;
    expect(heard.failed).toBe('The analysis stopped unexpectedly.');
    expect(heard.done).toBeNull();
    expect(made.every((worker) => worker.terminated)).toBe(true);
  });

  it('is sized to the machine: every logical core, at least one, at most eight', () => {
    expect(poolSize(undefined)).toBe(1);
    expect(poolSize(0)).toBe(1);
    expect(poolSize(2)).toBe(2);
    expect(poolSize(6)).toBe(6);
    expect(poolSize(32)).toBe(8);
  });
});
