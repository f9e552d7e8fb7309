// Frames as the person sees them: what the browser's compositor presented, read from a Chromium
// trace (the `PipelineReporter` events DevTools' Frames track is built from). Each vsync the
// compositor reports one of: presented all, presented partial (its own animations moved but the
// page's main thread had not finished its update), dropped (an update was wanted and nothing new
// was shown), or no update wanted (nothing on screen changes, as between two turns of a still
// page). A frame interval here is the time from one presented frame to the next while the screen
// was meant to change: one vsync, plus one for every dropped frame in between.
//
// Chromium also marks each report `affects_smoothness`: whether something was moving (an
// animation, a scroll, a requestAnimationFrame loop) when the frame was due; its own smoothness
// metric (cc's DroppedFrameCounter) counts only those drops. A frame dropped while nothing moved is
// a change shown late, not a stutter: the screen stood still a little longer. Both are kept apart
// here: `motion` holds the intervals while something moved, `waits` how long each change that came
// while nothing moved took to show, and `first` how long the trace's first change took (started
// on a still page just before a click, the click's response).
/** Categories to trace for `presentedFrames`. */
export const FRAME_TRACE_CATEGORIES = Object.freeze([
  'benchmark',
  'cc',
  'disabled-by-default-devtools.timeline.frame',
  'devtools.timeline',
]);

const VSYNC_MS = 1000 / 60;
/** When a vsync has several reports (one per pipeline stage), the worst one counts. */
const RANK = Object.freeze({
  STATE_NO_UPDATE_DESIRED: 0,
  STATE_PRESENTED_ALL: 1,
  STATE_PRESENTED_PARTIAL: 2,
  STATE_DROPPED: 3,
});

/**
 * @typedef {{ name: string, ph: string, pid: number, tid: number, ts: number, args?: any }} TraceEvent
 * @typedef {{
 *   presented: number,
 *   partial: number,
 *   dropped: number,
 *   idle: number,
 *   intervals: number[],
 *   motion: number[],
 *   waits: number[],
 *   first: number | null,
 * }} PresentedFrames
 */

/**
 * The page's frames in a trace: counts of each state and the frame intervals in ms: all of them
 * (`intervals`), those while something moved (`motion`), the waits of changes that came while
 * nothing moved (`waits`), and the wait of the first change (`first`: one vsync if none was
 * dropped; null if nothing was shown).
 * @param {TraceEvent[]} events
 * @returns {PresentedFrames}
 */
export function presentedFrames(events) {
  const renderer = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  /** @type {Map<number, { state: keyof typeof RANK, smooth: boolean }>} */
  const bySequence = new Map();
  for (const event of events) {
    if (event.name !== 'PipelineReporter' || event.ph !== 'b') continue;
    if (renderer !== undefined && event.pid !== renderer.pid) continue;
    const report = event.args?.frame_reporter ?? event.args?.chrome_frame_reporter;
    if (report === undefined || !(report.state in RANK)) continue;
    const state = /** @type {keyof typeof RANK} */ (report.state);
    const smooth = report.affects_smoothness === true;
    const seen = bySequence.get(report.frame_sequence);
    if (seen === undefined || RANK[state] > RANK[seen.state])
      bySequence.set(report.frame_sequence, { state, smooth });
    else if (state === seen.state && smooth) seen.smooth = true;
  }
  const frames = [...bySequence.entries()].sort((a, b) => a[0] - b[0]).map(([, frame]) => frame);
  const counts = { presented: 0, partial: 0, dropped: 0, idle: 0 };
  /** @type {number[]} */
  const intervals = [];
  /** @type {number[]} */
  const motion = [];
  /** @type {number[]} */
  const waits = [];
  // Vsyncs dropped since the last presented frame (null while nothing was meant to change), and of
  // those, how many while something moved.
  /** @type {number | null} */
  let missed = null;
  let missedMoving = 0;
  /** @type {number | null} */
  let first = null;
  for (const { state, smooth } of frames) {
    if (state === 'STATE_NO_UPDATE_DESIRED') {
      counts.idle += 1;
      missed = null;
      missedMoving = 0;
    } else if (state === 'STATE_DROPPED') {
      counts.dropped += 1;
      missed = (missed ?? 0) + 1;
      if (smooth) missedMoving += 1;
    } else {
      if (state === 'STATE_PRESENTED_PARTIAL') counts.partial += 1;
      else counts.presented += 1;
      const wait = ((missed ?? 0) + 1) * VSYNC_MS;
      if (first === null) first = wait;
      else if (missed !== null && missed > missedMoving) waits.push(wait);
      if (missed !== null) {
        intervals.push(wait);
        motion.push((missedMoving + 1) * VSYNC_MS);
      }
      missed = 0;
      missedMoving = 0;
    }
  }
  return { ...counts, intervals, motion, waits, first };
}
