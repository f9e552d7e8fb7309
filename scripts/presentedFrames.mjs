// Frames as the person sees them: what the browser's compositor presented, read from a Chromium
// trace (the `PipelineReporter` events DevTools' Frames track is built from). Each vsync the
// compositor reports one of: presented all, presented partial (its own animations moved but the
// page's main thread had not finished its update), dropped (an update was wanted and nothing new
// was shown), or no update wanted (nothing on screen changes, as between two turns of a still
// page). A frame interval here is the time from one presented frame to the next while the screen
// was meant to change: one vsync, plus one for every dropped frame in between.

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
 * }} PresentedFrames
 */

/**
 * The page's frames in a trace: counts of each state and the frame intervals in ms.
 * @param {TraceEvent[]} events
 * @returns {PresentedFrames}
 */
export function presentedFrames(events) {
  const renderer = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  /** @type {Map<number, keyof typeof RANK>} */
  const bySequence = new Map();
  for (const event of events) {
    if (event.name !== 'PipelineReporter' || event.ph !== 'b') continue;
    if (renderer !== undefined && event.pid !== renderer.pid) continue;
    const report = event.args?.frame_reporter ?? event.args?.chrome_frame_reporter;
    if (report === undefined || !(report.state in RANK)) continue;
    const state = /** @type {keyof typeof RANK} */ (report.state);
    const seen = bySequence.get(report.frame_sequence);
    if (seen === undefined || RANK[state] > RANK[seen])
      bySequence.set(report.frame_sequence, state);
  }
  const states = [...bySequence.entries()].sort((a, b) => a[0] - b[0]).map(([, state]) => state);
  const counts = { presented: 0, partial: 0, dropped: 0, idle: 0 };
  /** @type {number[]} */
  const intervals = [];
  // Vsyncs since the last presented frame; null while nothing was meant to change.
  /** @type {number | null} */
  let missed = null;
  for (const state of states) {
    if (state === 'STATE_NO_UPDATE_DESIRED') {
      counts.idle += 1;
      missed = null;
    } else if (state === 'STATE_DROPPED') {
      counts.dropped += 1;
      missed = (missed ?? 0) + 1;
    } else {
      if (state === 'STATE_PRESENTED_PARTIAL') counts.partial += 1;
      else counts.presented += 1;
      if (missed !== null) intervals.push((missed + 1) * VSYNC_MS);
      missed = 0;
    }
  }
  return { ...counts, intervals };
}
