/**
 * The dance screen. Its stage holds what a session needs at once — the loop, the playback
 * controls, the narration and both hearts — sized to the screen; options, repairs, the repair
 * windows and the chart follow. Presentation mode gives the stage the whole screen.
 */
import { startTransition, useCallback, useDeferredValue, useEffect, useId, useState } from 'react';
import type { PartnerIndex } from '../../core';
import {
  baselineFramesOf,
  danceEngineStatusOf,
  danceOf,
  framesOf,
  indexOf,
  isPlaying,
  isPresenting,
  loopWindowsOf,
  momentOf,
  narrationOf,
  clockOf,
  outcomeWordOf,
  previousReadingOf,
  readingOf,
  reducedMotionChoiceOf,
  repairMarksOf,
  repairMessageOf,
  revealOf,
  revealNarrationOf,
  canRepair,
  speedOf,
  TURN_MS,
  windowsStateOf,
} from '../../studio';
import { ScoreChart } from '../../viz/chart/ScoreChart';
import { DanceLoop } from '../../viz/loop/DanceLoop';
import { afterPaint } from '../../viz/motion/afterPaint';
import { useAfterPaint } from '../../viz/motion/useAfterPaint';
import { useActionKeys, useDispatch } from '../actions/useActions';
import { useStudioSelector } from '../studio/StudioContext';
import { Narration } from './Narration';
import { Playback } from './Playback';
import { PresentButton, RevealControls } from './PresentControls';
import { RepairDrawer } from './RepairDrawer';
import { RepairPalette } from './RepairPalette';
import { RepairWindowsPanel } from './RepairWindowsPanel';
import { DanceGauges } from './DanceGauges';
import { DanceOpening, type DanceWidths } from './DanceOpening';
import { DanceOptions } from './DanceOptions';
import { useMediaQuery } from './useMediaQuery';
import { usePresentation } from './usePresentation';
import { usePrefersReducedMotion } from './useReducedMotion';
import { useStageHeight } from './useStageHeight';

/** When the stage sits beside its controls, sized to the window (keep in step with stage.css). */
const STAGE_QUERY = '(min-width: 1100px) and (min-height: 560px)';
/** The loop's clock and state line, above its drawing in the stage. */
const LOOP_STATUS_PX = 48;

export function DanceView() {
  const run = useDispatch();
  useActionKeys();
  const dance = useStudioSelector(danceOf);
  const moment = useStudioSelector(momentOf);
  const reading = useStudioSelector(readingOf);
  const previous = useStudioSelector(previousReadingOf);
  const index = useStudioSelector(indexOf);
  const speed = useStudioSelector(speedOf);
  const frames = useStudioSelector(framesOf);
  const baseline = useStudioSelector(baselineFramesOf);
  const marks = useStudioSelector(repairMarksOf);
  const windows = useStudioSelector(windowsStateOf);
  const loopWindows = useStudioSelector(loopWindowsOf);
  const narration = useStudioSelector(narrationOf);
  const message = useStudioSelector(repairMessageOf);
  const outcome = useStudioSelector(outcomeWordOf);
  const clock = useStudioSelector(clockOf);
  const repairable = useStudioSelector(canRepair);
  const engine = useStudioSelector(danceEngineStatusOf);
  const presenting = useStudioSelector(isPresenting);
  const reveal = useStudioSelector(revealOf);
  const revealNarration = useStudioSelector(revealNarrationOf);
  usePresentation(
    presenting,
    useCallback(() => run('stopPresenting', undefined), [run]),
  );
  // The stage's width and height are the screen's (stage.css); narrower screens scroll instead.
  const wide = useMediaQuery(STAGE_QUERY);
  // Leaving the dance (another page, another map) leaves presentation mode too.
  useEffect(() => () => run('stopPresenting', undefined), [run]);
  const playId = useId();
  // The person's own choice wins over the system setting; until they choose, the system decides.
  const motionChoice = useStudioSelector(reducedMotionChoiceOf);
  const systemReducedMotion = usePrefersReducedMotion();
  const reducedMotion = motionChoice ?? systemReducedMotion;
  const onRepair = useCallback(
    (by: PartnerIndex, kind: string) => run('tryRepair', { by, kind }),
    [run],
  );
  const onWindowsToggle = useCallback((on: boolean) => run('setRepairWindows', on), [run]);
  // While the dance plays, a turn first sends the loop's pulse off (a frame the browser paints at
  // once); the loop's drawing, the words and the hearts beside it follow in one render after that
  // frame, while the browser is already animating, and the chart in one more.
  // With reduced motion nothing sets off: the loop's new moment is that first frame, and the rest
  // follows it the same way.
  const playing = useStudioSelector(isPlaying);
  const later = playing && reveal === null;
  const lead = later && !reducedMotion;
  const sideMoment = useAfterPaint(moment, later);
  const sideRegister = useAfterPaint(reading?.register ?? null, later);
  const sideNarration = useAfterPaint(revealNarration ?? narration, later);
  const sideOutcome = useAfterPaint(outcome, later);
  const chartIndex = useDeferredValue(useAfterPaint(index, later));
  // The page's first drawing of a dance comes after "Opening the dance…" has been laid out and has
  // told it the widths it will have (DanceOpening), and is a render that gives way every few
  // milliseconds (a deferred value), not one long task.
  const [widths, setWidths] = useState<DanceWidths | null>(null);
  const ready = dance !== null && moment !== null && reading !== null;
  const shown = useDeferredValue(ready && widths !== null, false);
  // Measured on the opening page's stage first, so the dance's first drawing already fits the
  // window, and again once the dance's own stage is on the page.
  const [stage, stageHeight, stageStyle] = useStageHeight<HTMLDivElement>(
    `${presenting}:${shown}`,
    wide,
  );
  // What is out of sight when the dance first shows (the options and the chart below the stage, and
  // on a narrow screen the words and hearts below the loop) follows in a render of its own once the
  // rest is on screen: two smaller pieces of work for the browser rather than one long one.
  const [whole, setWhole] = useState(false);
  useEffect(() => {
    if (shown) startTransition(() => setWhole(true));
  }, [shown]);
  // Once the repair windows' switch is painted, their analysis gets ready (its code, its workers)
  // while the person reads; not sooner, where it would share the cores with the dance's drawing.
  const switchShown = shown && (whole || wide);
  useEffect(() => {
    if (switchShown) return afterPaint(() => run('prepareRepairWindows', undefined));
  }, [switchShown, run]);

  if (dance === null || moment === null || reading === null || !shown) {
    return engine === 'failed' ? (
      <section className="dance-view" aria-label="Dance">
        <p className="dance-unavailable" role="alert">
          The dance could not be loaded: part of the app did not arrive (the connection may have
          dropped, or the app was updated). Reload the page to try again. Your maps are not
          affected, and the map itself is shown below.
        </p>
      </section>
    ) : (
      <DanceOpening onWidths={setWidths} stageRef={stage} />
    );
  }
  const { map } = dance;

  return (
    <section
      className="dance-view"
      aria-label="Dance"
      data-outcome={outcome ?? 'playing'}
      data-presenting={presenting}
    >
      <h2 className="visually-hidden">The dance</h2>
      <div className="dance-stage" ref={stage} style={stageStyle}>
        <div className="dance-stage-loop" data-reveal={reveal ?? 'all'}>
          <button
            type="button"
            className="skip-link"
            onClick={() => document.getElementById(playId)?.focus()}
          >
            Skip past the loop’s steps
          </button>
          <DanceLoop
            map={map}
            reading={reading}
            previous={previous}
            turnDurationMs={(TURN_MS / speed) * 0.8}
            reducedMotion={reducedMotion}
            windows={reveal === null ? loopWindows : null}
            clock={clock}
            reveal={reveal}
            fitHeight={wide && stageHeight !== null ? stageHeight - LOOP_STATUS_PX : null}
            lead={lead}
            firstWidth={widths?.loop ?? null}
          />
        </div>
        <div className="dance-side">
          <div className="dance-side-head">
            <p className="dance-outcome" role="status">
              {sideOutcome !== null && <strong data-outcome={sideOutcome}>{sideOutcome}</strong>}
            </p>
            <PresentButton />
          </div>
          <RevealControls />
          <Playback playId={playId} lead={later} />
          {/* The drawer opens over the narration and hearts, never over the playback controls. */}
          {(whole || wide) && (
            <div className="dance-side-lower">
              <Narration text={sideNarration} />
              <DanceGauges
                map={map}
                moment={sideMoment ?? moment}
                register={sideRegister ?? reading.register}
                reducedMotion={reducedMotion}
              />
              <RepairDrawer defaultOpen={!wide}>
                <RepairWindowsPanel
                  map={map}
                  enabled={windows.status !== 'off'}
                  onToggle={onWindowsToggle}
                  note={loopWindows?.note ?? null}
                  state={windows}
                />
                <RepairPalette
                  map={map}
                  enabled={repairable}
                  onRepair={onRepair}
                  message={message}
                />
              </RepairDrawer>
            </div>
          )}
        </div>
      </div>
      {whole && (
        <>
          <DanceOptions map={map} reducedMotion={reducedMotion} />
          <ScoreChart
            map={map}
            frames={frames}
            currentIndex={chartIndex}
            repairs={marks}
            baseline={baseline}
            firstWidth={widths?.chart ?? null}
          />
        </>
      )}
    </section>
  );
}
