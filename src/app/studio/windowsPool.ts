/**
 * The repair-window analysis shared out to a pool of workers: the runs go out in fixed blocks
 * (`windowBlocks`), each worker taking the next block as it finishes one, and the counts that come
 * back are added up (`mergeWindows`) — so the figures are the same for one worker or eight. The
 * figures so far are reported as blocks arrive (at most every 100 ms); cancelling ends the workers
 * of that run.
 * Workers left idle by a finished run are kept for the next one, so it starts warm; `warm()` starts
 * them before the first and, given the likely first run, has each play a few of its runs
 * (`WARM_UP_RUNS`) so that the analysis's code is compiled by then.
 */
import { mergeWindows, windowBlocks, windowsFromCounts, type WindowCounts } from '../../core';
import type { AnalysisRequest, AnalysisRunner } from '../../studio';
import type { WindowsBlockRequest, WindowsReply } from './windowsWorker';

/** What the pool needs of a worker (a `Worker`, or a fake in tests). */
export interface PoolWorker {
  postMessage(message: WindowsBlockRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WindowsReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface WindowsPoolOptions {
  /** How many workers at most (see `poolSize`). */
  readonly size: number;
  readonly createWorker: () => PoolWorker;
  /**
   * Least time between two reports of the progress and the figures so far (100 ms unless given): a
   * screen needs no more, and each report renders on the page's thread, which the dance needs too
   * and which shares the cores with the workers (on 2 cores, a report per block kept that thread
   * busy for most of an analysis).
   */
  readonly partialEveryMs?: number;
  /** The clock, in ms (`performance.now` unless given). */
  readonly now?: () => number;
}

/** Blocks a worker holds at once: the one it plays and the next. */
const BLOCKS_AHEAD = 2;

/**
 * Runs each warmed worker plays of the likely first analysis (of 1,000), its counts thrown away,
 * a few at a call (`windowsWorker.ts`): enough for V8 to compile the analysis's code for the
 * calls to come, which a fresh worker otherwise interprets through most of its first block. After
 * 40 runs the flip's first blocks still took 45–80 ms (15–18 ms warm), and its first analysis
 * 298–424 ms in Chromium; after 160, 188–298 ms. The warm-up takes both cores for about 0.2 s,
 * once, after the switch is painted (Lighthouse on the dance page: no change).
 */
export const WARM_UP_RUNS = 160;

/** Most workers a pool starts: beyond this the blocks are too few to keep them busy. */
export const MAX_POOL_SIZE = 8;

/**
 * Workers for this many logical cores: all of them, at least 1 and at most `MAX_POOL_SIZE`.
 *
 * @example
 * poolSize(navigator.hardwareConcurrency); // 4 on a 4-core laptop
 */
export function poolSize(cores: number | undefined): number {
  if (cores === undefined || !Number.isFinite(cores)) return 1;
  return Math.max(1, Math.min(MAX_POOL_SIZE, Math.floor(cores)));
}

/**
 * @example
 * windowsPool({ size: 4, createWorker: () => new Worker(url, { type: 'module' }) });
 */
export function windowsPool(options: WindowsPoolOptions): AnalysisRunner & {
  /** Workers alive now (busy or idle). */
  readonly alive: () => number;
  warm(likely?: AnalysisRequest): void;
} {
  const idle: PoolWorker[] = [];
  let alive = 0;
  const retire = (worker: PoolWorker) => {
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    alive -= 1;
  };
  return {
    alive: () => alive,
    // Starts the workers a run would, and leaves them idle: each loads its code meanwhile and,
    // given the likely first run, plays a few of its runs. A run that starts before they are done
    // waits for them behind in the worker's queue, and ignores their answers.
    warm(likely) {
      for (; alive < Math.max(1, options.size); alive += 1) {
        const worker = options.createWorker();
        if (likely !== undefined) {
          const { map, seed, therapistPresent } = likely;
          const toRun = Math.min(WARM_UP_RUNS, likely.runs);
          worker.postMessage({ map, seed, therapistPresent, fromRun: 0, toRun, warmUp: true });
        }
        idle.push(worker);
      }
    },
    run(request, report) {
      const { map, seed, therapistPresent, runs } = request;
      const blocks = windowBlocks(runs);
      const done: WindowCounts[] = [];
      const busy = new Set<PoolWorker>();
      let next = 0;
      let runsDone = 0;
      let over = false;
      const now = options.now ?? (() => performance.now());
      const every = options.partialEveryMs ?? 100;
      let lastReport = now();

      const finish = () => {
        over = true;
        for (const worker of busy) {
          worker.onmessage = null;
          worker.onerror = null;
          idle.push(worker);
        }
        busy.clear();
      };
      const stop = () => {
        over = true;
        for (const worker of busy) retire(worker);
        busy.clear();
      };
      /** Blocks sent to each busy worker and not yet answered. */
      const pending = new Map<PoolWorker, number>();
      /** Sends the worker the next block, if any; a worker with nothing left to do goes idle. */
      const give = (worker: PoolWorker) => {
        const block = blocks[next];
        const waiting = pending.get(worker) ?? 0;
        if (block === undefined) {
          if (waiting > 0) return;
          busy.delete(worker);
          pending.delete(worker);
          worker.onmessage = null;
          worker.onerror = null;
          idle.push(worker);
          return;
        }
        next += 1;
        pending.set(worker, waiting + 1);
        worker.postMessage({ map, seed, therapistPresent, fromRun: block[0], toRun: block[1] });
      };
      const hear = (worker: PoolWorker) => {
        worker.onmessage = ({ data }) => {
          if (over || data.type === 'warmed') return;
          if (data.type === 'error') {
            stop();
            report.fail(data.message);
            return;
          }
          pending.set(worker, (pending.get(worker) ?? 1) - 1);
          done.push(data.counts);
          runsDone += data.counts.runs;
          if (done.length === blocks.length) {
            finish();
            report.progress(1);
            report.done(windowsFromCounts(map, mergeWindows(done)), runs);
            return;
          }
          give(worker);
          // The progress and the figures so far, at most every `every` ms: each report is a render
          // on the page's thread, which shares the cores with the workers.
          if (now() - lastReport < every) return;
          lastReport = now();
          report.progress(runsDone / runs);
          report.partial?.(windowsFromCounts(map, mergeWindows(done)), runsDone);
        };
        worker.onerror = () => {
          if (over) return;
          stop();
          report.fail('The analysis could not run in this browser.');
        };
      };

      if (blocks.length === 0) {
        report.done(windowsFromCounts(map, mergeWindows([])), 0);
        return () => {};
      }
      const wanted = Math.min(Math.max(1, options.size), blocks.length);
      const started: PoolWorker[] = [];
      for (let i = 0; i < wanted; i++) {
        let worker = idle.pop();
        if (worker === undefined) {
          worker = options.createWorker();
          alive += 1;
        }
        busy.add(worker);
        hear(worker);
        started.push(worker);
      }
      // Each worker holds BLOCKS_AHEAD blocks, so it starts the next while the page is still busy
      // with the last one's counts (one block each first, so every worker gets work).
      for (let round = 0; round < BLOCKS_AHEAD; round++)
        for (const worker of started) if (next < blocks.length) give(worker);
      return () => {
        if (!over) stop();
      };
    },
  };
}
