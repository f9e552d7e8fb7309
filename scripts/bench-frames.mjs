#!/usr/bin/env node
// `npm run bench` (second part): how smoothly the dance plays. Builds the app, serves the build with
// `vite preview` on 127.0.0.1, opens it in Debian's headless Chromium, turns the repair-windows
// overlay on, plays the Protest Polka at 1× for 10 s and reports the frame intervals seen by
// requestAnimationFrame, the long animation frames the browser reports, and how busy the page's
// main thread was (CDP Performance.getMetrics: TaskDuration over the wall time of the 10 s).
//
// Headless Chromium caps requestAnimationFrame at 60 Hz, as a person's screen does, so the main run
// measures at that rate: a p95 of 17 ms or less then means no dropped frames. The same 10 s are
// then played with the CPU slowed down (CDP Emulation.setCPUThrottlingRate, set once the page has
// settled and just before Play): 4× as on a mid-range phone, 6× as on a low-end one, and 6× with
// reduced motion. Issue 12's budgets: at 6×, frame interval p95 ≤ 17 ms and worst ≤ 34 ms (no two
// frames in a row missed) while something moves; main thread busy ≤ 30 % at 4× and ≤ 8 % at 1×.
// A frame dropped while nothing moved (Chromium marks each frame whether it affects smoothness) is a
// change shown late, not a stutter: each turn's change is held to 100 ms (RAIL's response budget),
// and the click on Play, the first change of the run, to 200 ms (a "good" Interaction to Next
// Paint, the web's measure of a response to input).
// The pointer rests on Play before the click, as a person's does, and the click is a plain mouse
// click at that spot: Playwright's own checks before a locator's click (a role query, a
// requestAnimationFrame loop, hit-target listeners) would otherwise run on the throttled page. With reduced motion
// nothing moves between turns, so there is no frame interval to keep smooth: each presented frame is
// a turn's change, and the gap before it is how long the change took to show. "Keep reduced motion
// cheap too" is held to: each turn shown within 100 ms at 6× (what reads as instant, RAIL's
// response budget) and main thread busy at 6× ≤ 30 % (the 4× budget of full motion). The busy budgets are measured in runs without the
// frame recorder: its requestAnimationFrame loop has the page draw a frame every 16.7 ms whether or
// not anything changed (on an empty page 3 % of the main thread at 1×, 12 % at 6×), work the app
// itself no longer asks for now that its motion runs on the compositor. A last run with the frame-rate limit and vsync
// off shows the raw frame work (skip it with --no-raw); `--only-budgets` runs only the budgets' runs.
//
// Like the engine benchmarks it prints figures and exits 0 whether or not a target is met; it
// fails only if something breaks (the build, the browser, the page, or a console error).
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { figure, writeResults } from './benchResults.mjs';
import { FRAME_TRACE_CATEGORIES, presentedFrames } from './presentedFrames.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { servedBuild } from './servedBuild.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// A build of its own, so the benchmark never rewrites dist/ while something else serves it.
const OUT_DIR = join(ROOT, 'node_modules/.tmp/bench-frames/dist');
const VIEWPORT = Object.freeze({ width: 1280, height: 900 });
const PLAY_MS = 10_000;
const TARGET_P95_MS = 17;
const TARGET_MAX_MS = 50;
// Issue 12.
const BUDGET_SLOW_P95_MS = 17;
const BUDGET_SLOW_WORST_MS = 34;
const BUDGET_BUSY_1X = 8;
const BUDGET_BUSY_4X = 30;
// Ours: a turn's change shown within 100 ms (RAIL's response budget), with or without motion; the
// click on Play shown within 200 ms (a good Interaction to Next Paint).
const BUDGET_SHOWN_MS = 100;
const BUDGET_CLICK_MS = 200;
const BUDGET_STILL_BUSY_6X = 30;
const RAW_ARGS = Object.freeze(['--disable-frame-rate-limit', '--disable-gpu-vsync']);

/**
 * @typedef {{ name: string, duration: number }} ScriptAttribution
 * @typedef {{
 *   startTime: number,
 *   duration: number,
 *   blockingDuration: number,
 *   renderDuration: number,
 *   styleAndLayoutDuration: number,
 *   scripts: ScriptAttribution[],
 * }} LongFrame
 * @typedef {{
 *   entryType: string | null,
 *   stamps: number[],
 *   called: number[],
 *   longFrames: LongFrame[],
 * }} Recording
 * @typedef {{
 *   label: string,
 *   version: string,
 *   analysisMs: number,
 *   counterBefore: string,
 *   counterAfter: string,
 *   momentsPlayed: number,
 *   recording: Recording,
 *   busy: { taskMs: number, wallMs: number },
 *   frames: import('./presentedFrames.mjs').PresentedFrames | null,
 *   consoleErrors: string[],
 * }} RunResult
 * @typedef {{
 *   args?: readonly string[],
 *   cpu?: number,
 *   reducedMotion?: boolean,
 *   recorder?: boolean,
 *   trace?: boolean,
 * }} RunOptions
 */

// Runs in the page. A requestAnimationFrame loop records each frame's timestamp, and a
// PerformanceObserver records long animation frames (or long tasks where LoAF is missing).
const START_RECORDER = `(() => {
  const rec = {
    entryType: null, stamps: [], called: [], longFrames: [], stopped: false, observer: null,
  };
  window.__benchFrames = rec;
  const tick = (time) => {
    if (rec.stopped) return;
    rec.stamps.push(time);
    rec.called.push(performance.now());
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const types = PerformanceObserver.supportedEntryTypes ?? [];
  rec.entryType = types.includes('long-animation-frame')
    ? 'long-animation-frame'
    : types.includes('longtask')
      ? 'longtask'
      : null;
  rec.take = (entries) => {
    for (const e of entries) {
      const scripts = (e.scripts ?? []).map((s) => ({
        name:
          (s.invoker || s.invokerType || '?') +
          (s.sourceFunctionName ? ' → ' + s.sourceFunctionName : '') +
          (s.sourceURL ? ' @ ' + s.sourceURL.replace(location.origin, '') + ':' + s.sourceCharPosition : ''),
        duration: s.duration,
      }));
      const end = e.startTime + e.duration;
      rec.longFrames.push({
        startTime: e.startTime,
        duration: e.duration,
        blockingDuration: e.blockingDuration ?? Math.max(0, e.duration - 50),
        renderDuration: e.renderStart ? end - e.renderStart : 0,
        styleAndLayoutDuration: e.styleAndLayoutStart ? end - e.styleAndLayoutStart : 0,
        scripts,
      });
    }
  };
  if (rec.entryType !== null) {
    rec.observer = new PerformanceObserver((list) => rec.take(list.getEntries()));
    rec.observer.observe({ type: rec.entryType, buffered: false });
  }
  return rec.entryType;
})()`;

const STOP_RECORDER = `(() => {
  const rec = window.__benchFrames;
  rec.stopped = true;
  if (rec.observer !== null) {
    rec.take(rec.observer.takeRecords());
    rec.observer.disconnect();
  }
  const { entryType, stamps, called, longFrames } = rec;
  return { entryType, stamps, called, longFrames };
})()`;

/**
 * Nearest-rank percentile of sorted values.
 * @param {number[]} sorted
 * @param {number} p between 0 and 1
 */
function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
}

/**
 * The gaps between consecutive timestamps.
 * @param {number[]} stamps
 */
function intervalsOf(stamps) {
  return stamps.slice(1).map((stamp, i) => stamp - (stamps[i] ?? stamp));
}

/** @param {number} ms */
const fmt = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : '—');

/**
 * The frame intervals' p95 and worst, in ms.
 * @param {Recording} recording
 */
function frameStats(recording) {
  const sorted = intervalsOf(recording.stamps).sort((a, b) => a - b);
  return { p95: percentile(sorted, 0.95), worst: sorted.at(-1) ?? NaN };
}

/**
 * The main thread's busy share over the recording, in %.
 * @param {RunResult} run
 */
const busyPercent = (run) => (100 * run.busy.taskMs) / run.busy.wallMs;

/**
 * Reads CDP's TaskDuration (seconds of main-thread tasks so far) and Timestamp (seconds).
 * @param {import('playwright-core').CDPSession} cdp
 */
async function taskClock(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  /** @param {string} name */
  const read = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { task: read('TaskDuration'), wall: read('Timestamp') };
}

/**
 * Opens the app in a fresh Chromium, turns the overlay on and records 10 s of the Polka at 1×.
 * @param {string} baseURL
 * @param {string} label
 * @param {RunOptions} options args: Chromium's extra flags; cpu: the CPU throttling rate while
 *   recording; reducedMotion: the page prefers reduced motion; recorder: false to leave out the
 *   frame recorder (its requestAnimationFrame loop makes the page draw a frame every 16.7 ms, work
 *   the app itself does not ask for: 3 % of the main thread at 1×, 12 % at 6× on an empty page);
 *   trace: record a Chromium trace of the frames the compositor presented (presentedFrames.mjs)
 * @returns {Promise<RunResult>}
 */
async function measure(
  baseURL,
  label,
  { args = [], cpu = 1, reducedMotion = false, recorder = true, trace = false } = {},
) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, ...args],
    headless: true,
  });
  try {
    const context = await browser.newContext({
      viewport: { ...VIEWPORT },
      reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    page.setDefaultTimeout(20_000);
    /** @type {string[]} */
    const consoleErrors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') {
        const { url, lineNumber } = message.location();
        consoleErrors.push(`${message.text()} (${url}:${lineNumber})`);
      }
    });
    page.on('pageerror', (error) => consoleErrors.push(`Uncaught ${error.name}: ${error.message}`));

    await page.goto(baseURL, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Protest Polka' }).click();
    const dance = page.getByRole('region', { name: 'Dance' });
    await dance.waitFor();

    // The overlay: the analysis runs in a Web Worker; time it from the click to the sentence.
    // On a wide screen its switch is in a drawer that starts closed: open it, and close it again
    // once the overlay is on, so the narration and the hearts play on screen as usual.
    const drawer = dance.locator('details.repair-drawer');
    const drawerWasOpen = (await drawer.getAttribute('open')) !== null;
    if (!drawerWasOpen) await drawer.locator('summary').click();
    const analysisStart = performance.now();
    await dance.getByRole('switch', { name: 'Repair windows' }).click();
    await dance.locator('[data-best-window]').waitFor({ timeout: 30_000 });
    const analysisMs = performance.now() - analysisStart;
    if (!drawerWasOpen) await drawer.locator('summary').click();

    // Back to the start (Restart is disabled when already there), at 1×, with the loop on screen.
    const restart = dance.getByRole('button', { name: 'Restart' });
    if (await restart.isEnabled()) await restart.click();
    await dance.getByLabel('Speed').selectOption('1');
    await dance.locator('figure.dance-loop').scrollIntoViewIfNeeded();
    const counter = dance.locator('.turn-counter');
    const timeline = dance.getByRole('slider', { name: 'Timeline' });
    const counterBefore = (await counter.textContent()) ?? '';
    const indexBefore = Number(await timeline.inputValue());
    // The pointer comes to rest on Play (its hover colour fades in), as a person's would, and the
    // page settles (the overlay's first paint, the scroll) before recording.
    const play = await dance.getByRole('button', { name: 'Play' }).boundingBox();
    if (play === null) throw new Error('The Play button is not on screen.');
    const [x, y] = [play.x + play.width / 2, play.y + play.height / 2];
    await page.mouse.move(x, y);
    await page.waitForTimeout(500);

    if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    if (trace) await browser.startTracing(page, { categories: [...FRAME_TRACE_CATEGORIES] });
    if (recorder) await page.evaluate(START_RECORDER);
    const before = await taskClock(cdp);
    await page.mouse.click(x, y);
    await page.waitForTimeout(PLAY_MS);
    const after = await taskClock(cdp);
    const frames = trace
      ? presentedFrames(JSON.parse((await browser.stopTracing()).toString()).traceEvents)
      : null;
    const recording = recorder
      ? /** @type {Recording} */ (await page.evaluate(STOP_RECORDER))
      : { entryType: null, stamps: [], called: [], longFrames: [] };
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const counterAfter = (await counter.textContent()) ?? '';
    const momentsPlayed = Number(await timeline.inputValue()) - indexBefore;

    return {
      label,
      version: browser.version(),
      analysisMs,
      counterBefore,
      counterAfter,
      momentsPlayed,
      recording,
      busy: {
        taskMs: (after.task - before.task) * 1000,
        wallMs: (after.wall - before.wall) * 1000,
      },
      frames,
      consoleErrors,
    };
  } finally {
    await browser.close();
  }
}

/**
 * @param {RunResult} run
 * @param {boolean} targets whether to print PASS/MISS lines for the 60 Hz targets
 */
function report(run, targets) {
  const { stamps, called, longFrames, entryType } = run.recording;
  const intervals = intervalsOf(stamps);
  const sorted = [...intervals].sort((a, b) => a - b);
  const p95 = percentile(sorted, 0.95);
  const max = sorted.at(-1) ?? NaN;
  const span = (stamps.at(-1) ?? 0) - (stamps[0] ?? 0);
  const over = (/** @type {number} */ ms) => intervals.filter((i) => i > ms).length;
  const calledSorted = intervalsOf(called).sort((a, b) => a - b);
  const longSource =
    entryType === 'long-animation-frame'
      ? 'long-animation-frame entries'
      : entryType === 'longtask'
        ? 'longtask entries: LoAF is not supported here'
        : 'NOT OBSERVED: neither long-animation-frame nor longtask is supported';

  console.log(`\n${run.label}`);
  console.log(`  Chromium            ${run.version} (headless)`);
  console.log(`  Viewport            ${VIEWPORT.width}×${VIEWPORT.height}`);
  console.log(
    `  Analysis (worker)   ${fmt(run.analysisMs)} ms from switch to best-window sentence`,
  );
  console.log(
    `  Played              ${run.counterBefore} → ${run.counterAfter} ` +
      `(${run.momentsPlayed} turns in ${(PLAY_MS / 1000).toFixed(0)} s at 1×)`,
  );
  const busyLine =
    `  Main thread busy    ${fmt(busyPercent(run))} % (${fmt(run.busy.taskMs)} ms of tasks in ` +
    `${fmt(run.busy.wallMs)} ms: CDP TaskDuration over Timestamp` +
    `${stamps.length === 0 ? '; no frame recorder' : '; the frame recorder running'})`;
  if (run.frames !== null) {
    const { presented, partial, dropped, idle } = run.frames;
    const { p95: framesP95, worst: framesWorst } = presentedStats(run.frames);
    const all = [...run.frames.intervals].sort((a, b) => a - b);
    const waits = [...run.frames.waits].sort((a, b) => a - b);
    console.log(
      `  Frames presented    ${presented + partial} (${partial} of them partial: the compositor's ` +
        `motion moved, the page's update still to come) · dropped ${dropped} · nothing to draw ` +
        `${idle} (a Chromium trace: PipelineReporter)`,
    );
    console.log(
      `  Presented interval  p95 ${fmt(framesP95)} · worst ${fmt(framesWorst)} ms while something ` +
        `moved (one vsync, plus one per frame dropped then); every interval, a change's wait ` +
        `included: p95 ${fmt(percentile(all, 0.95))} · worst ${fmt(all.at(-1) ?? NaN)} ms`,
    );
    console.log(
      `  Changes shown       the click on Play after ${fmt(run.frames.first ?? NaN)} ms; ` +
        `${waits.length} turns' changes late (frames dropped while nothing moved), the longest ` +
        `${fmt(waits.at(-1) ?? 0)} ms`,
    );
  }
  if (stamps.length === 0) console.log(busyLine);
  else {
    console.log(
      `  Frames recorded     ${stamps.length} in ${fmt(span)} ms ` +
        `(${span > 0 ? ((intervals.length * 1000) / span).toFixed(1) : '—'} fps)`,
    );
    console.log(
      `  Frame interval      median ${fmt(percentile(sorted, 0.5))} · p95 ${fmt(p95)} · ` +
        `p99 ${fmt(percentile(sorted, 0.99))} · max ${fmt(max)} ms`,
    );
    console.log(
      `  Callback interval   p95 ${fmt(percentile(calledSorted, 0.95))} · ` +
        `max ${fmt(calledSorted.at(-1) ?? NaN)} ms (performance.now() in the callback; a cross-check)`,
    );
    console.log(
      `  Frames over         17 ms: ${over(17)} · 50 ms: ${over(50)} (of ${intervals.length})`,
    );
    console.log(busyLine);
    const maxLong = Math.max(0, ...longFrames.map((f) => f.duration));
    const blocking = longFrames.reduce((sum, f) => sum + f.blockingDuration, 0);
    console.log(
      `  Long frames         ${longFrames.length} · max ${fmt(maxLong)} ms · ` +
        `total blocking ${fmt(blocking)} ms (${longSource})`,
    );
    for (const frame of [...longFrames].sort((a, b) => b.duration - a.duration).slice(0, 5)) {
      const top = [...frame.scripts].sort((a, b) => b.duration - a.duration).slice(0, 2);
      console.log(
        `    ${fmt(frame.duration)} ms at ${fmt(frame.startTime)} ms ` +
          `(render ${fmt(frame.renderDuration)}, style+layout ${fmt(frame.styleAndLayoutDuration)})` +
          top.map((s) => `\n      script ${fmt(s.duration)} ms: ${s.name}`).join(''),
      );
    }
  }
  if (run.consoleErrors.length === 0) console.log('  Console errors      none');
  else {
    console.log(`  Console errors      ${run.consoleErrors.length}`);
    for (const error of run.consoleErrors) console.log(`    ${error}`);
  }
  if (targets && stamps.length > 0) {
    console.log(`  ${p95 <= TARGET_P95_MS ? 'PASS' : 'MISS'}  p95 ≤ ${TARGET_P95_MS} ms`);
    console.log(
      `  ${max <= TARGET_MAX_MS ? 'PASS' : 'MISS'}  no frame over ${TARGET_MAX_MS} ms` +
        ` (longest ${fmt(max)} ms)`,
    );
  }
}

/**
 * The presented frames' interval p95 and worst while something moved, in ms.
 * @param {import('./presentedFrames.mjs').PresentedFrames} frames
 */
function presentedStats(frames) {
  const sorted = [...frames.motion].sort((a, b) => a - b);
  return { p95: percentile(sorted, 0.95), worst: sorted.at(-1) ?? NaN };
}

/** @type {(met: boolean, text: string) => void} */
const verdict = (met, text) => console.log(`  ${met ? 'PASS' : 'MISS'}  ${text}`);

/**
 * Issue 12's frame budgets for a throttled run: prints them and returns them as figures.
 * @param {RunResult} run
 * @param {string} name
 */
function frameBudgets(run, name) {
  const { p95, worst } =
    run.frames === null ? frameStats(run.recording) : presentedStats(run.frames);
  verdict(p95 <= BUDGET_SLOW_P95_MS, `frame interval p95 ≤ ${BUDGET_SLOW_P95_MS} ms (${fmt(p95)})`);
  verdict(
    worst <= BUDGET_SLOW_WORST_MS,
    `worst frame interval ≤ ${BUDGET_SLOW_WORST_MS} ms (${fmt(worst)})`,
  );
  const figures = [
    figure(`Dance ${name}: frame interval p95`, p95, 'ms', BUDGET_SLOW_P95_MS),
    figure(`Dance ${name}: worst frame interval`, worst, 'ms', BUDGET_SLOW_WORST_MS),
  ];
  return run.frames === null ? figures : [...figures, ...shownBudgets(run.frames, name)];
}

/**
 * How long changes took to show in a traced run: the click on Play (the run's first change) and
 * the slowest turn.
 * @param {import('./presentedFrames.mjs').PresentedFrames} frames
 * @param {string} name
 */
function shownBudgets(frames, name) {
  const click = frames.first ?? NaN;
  const turn = Math.max(0, ...frames.waits);
  verdict(
    click <= BUDGET_CLICK_MS,
    `the click on Play shown within ${BUDGET_CLICK_MS} ms (${fmt(click)})`,
  );
  verdict(turn <= BUDGET_SHOWN_MS, `each turn shown within ${BUDGET_SHOWN_MS} ms (${fmt(turn)})`);
  return [
    figure(`Dance ${name}: Play click shown within`, click, 'ms', BUDGET_CLICK_MS),
    figure(`Dance ${name}: turn shown within`, turn, 'ms', BUDGET_SHOWN_MS),
  ];
}

/**
 * Reduced motion kept cheap: each turn's change shown within 100 ms at 6×, main thread busy ≤ 30 %.
 * @param {RunResult} run
 */
function stillBudgets(run) {
  // Nothing moves: every presented frame is a change, and each interval its wait.
  if (run.frames === null) throw new Error('The reduced-motion run is read from a trace.');
  const shown = shownBudgets(run.frames, '6× CPU, reduced motion');
  const busy = busyPercent(run);
  verdict(
    busy <= BUDGET_STILL_BUSY_6X,
    `main thread busy ≤ ${BUDGET_STILL_BUSY_6X} % (${fmt(busy)} %)`,
  );
  return [
    ...shown,
    figure('Dance 6× CPU, reduced motion: main thread busy', busy, '%', BUDGET_STILL_BUSY_6X),
  ];
}

/**
 * Issue 12's busy budget: prints it and returns it as a figure.
 * @param {RunResult} run
 * @param {string} name
 * @param {number} budget in %
 */
function busyBudget(run, name, budget) {
  const busy = busyPercent(run);
  verdict(busy <= budget, `main thread busy ≤ ${budget} % (${fmt(busy)} %)`);
  return [figure(`Dance ${name}: main thread busy`, busy, '%', budget)];
}

const started = performance.now();
const [load1] = loadavg();
console.log(
  `Load average ${load1?.toFixed(2)} at the start (figures come out worse on a busy machine)`,
);
const server = await servedBuild(OUT_DIR);
const { baseURL } = server;
/** @type {import('./benchResults.mjs').Figure[]} */
const figures = [];
/** @type {RunResult[]} */
const runs = [];
try {
  // The busy budgets are the app's own work: measured without the frame recorder, whose
  // requestAnimationFrame loop has the page draw every frame whatever the app asks for.
  const quiet = await measure(baseURL, 'Protest Polka, overlay on, 1× (no frame recorder)', {
    recorder: false,
  });
  runs.push(quiet);
  report(quiet, false);
  figures.push(...busyBudget(quiet, '1×', BUDGET_BUSY_1X));

  const smooth = await measure(baseURL, 'The same with the frame recorder, 60 Hz (as on screen)');
  runs.push(smooth);
  report(smooth, true);
  const unthrottled = frameStats(smooth.recording);
  figures.push(figure('Dance 1×: frame interval p95', unthrottled.p95, 'ms', TARGET_P95_MS));

  const mid = await measure(
    baseURL,
    'The same, CPU throttled 4× (a mid-range phone), no recorder',
    {
      cpu: 4,
      recorder: false,
    },
  );
  runs.push(mid);
  report(mid, false);
  figures.push(...busyBudget(mid, '4× CPU', BUDGET_BUSY_4X));

  // The frame budgets: the frames the compositor presented, read from a trace (no recorder).
  const low = await measure(baseURL, 'The same, CPU throttled 6× (a low-end phone), traced', {
    cpu: 6,
    recorder: false,
    trace: true,
  });
  runs.push(low);
  report(low, false);
  figures.push(...frameBudgets(low, '6× CPU'));

  const still = await measure(baseURL, 'The same with reduced motion, CPU throttled 6×, traced', {
    cpu: 6,
    reducedMotion: true,
    recorder: false,
    trace: true,
  });
  runs.push(still);
  report(still, false);
  figures.push(...stillBudgets(still));

  // The page's main thread seen through requestAnimationFrame, as the "before" was
  // measured: each gap is a frame the page's own script could not run in.
  const lowRaf = await measure(baseURL, 'With the frame recorder instead, CPU throttled 6×', {
    cpu: 6,
  });
  runs.push(lowRaf);
  report(lowRaf, false);
  // For reference only: the recorder makes the page draw every frame, which the app does not.

  if (!process.argv.includes('--no-raw') && !process.argv.includes('--only-budgets')) {
    const raw = await measure(
      baseURL,
      `Raw frame work (no frame-rate limit: ${RAW_ARGS.join(' ')}; not the target)`,
      { args: RAW_ARGS },
    );
    runs.push(raw);
    report(raw, false);
  }
} finally {
  await server.close();
}
writeResults('frames', figures);
console.log(`\nFrame benchmark done in ${fmt((performance.now() - started) / 1000)} s.`);
process.exitCode = runs.some((run) => run.consoleErrors.length > 0) ? 1 : 0;
