/**
 * The dance screen. Its stage holds what a session needs at once — the loop, the playback
 * controls, the narration and both hearts — sized to the screen; options, repairs, the repair
 * windows and the chart follow. Presentation mode gives the stage the whole screen.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { floodLine, type PartnerIndex } from '../../core';
import {
  baselineFramesOf,
  danceEngineStatusOf,
  danceOf,
  framesOf,
  indexOf,
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
  seedOf,
  speedOf,
  therapistPresentOf,
  TURN_MS,
  windowsStateOf,
} from '../../studio';
import { ArousalGauge } from '../../viz/body/ArousalGauge';
import { ScoreChart } from '../../viz/chart/ScoreChart';
import { Term } from '../../viz/glossary/Term';
import { TermHelp } from '../../viz/glossary/TermHelp';
import { DanceLoop } from '../../viz/loop/DanceLoop';
import { useActionKeys, useDispatch } from '../actions/useActions';
import { useStudioSelector } from '../studio/StudioContext';
import { Narration } from './Narration';
import { Playback } from './Playback';
import { PresentButton, RevealControls } from './PresentControls';
import { RepairDrawer } from './RepairDrawer';
import { RepairPalette } from './RepairPalette';
import { RepairWindowsPanel } from './RepairWindowsPanel';
import { Switch } from './Switch';
import { ExportPicture } from '../export/ExportPicture';
import { pictureOf } from '../export/standaloneSvg';
import { PrintWorksheet } from '../worksheet/PrintWorksheet';
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
  const seed = useStudioSelector(seedOf);
  const therapistPresent = useStudioSelector(therapistPresentOf);
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
  const [stage, stageHeight] = useStageHeight<HTMLDivElement>(`${presenting}:${dance !== null}`);
  // The stage's width and height are the screen's (stage.css); narrower screens scroll instead.
  const wide = useMediaQuery(STAGE_QUERY);
  // Leaving the dance (another page, another map) leaves presentation mode too.
  useEffect(() => () => run('stopPresenting', undefined), [run]);
  const playId = useId();
  // The person's own choice wins over the system setting; until they choose, the system decides.
  const motionChoice = useStudioSelector(reducedMotionChoiceOf);
  const systemReducedMotion = usePrefersReducedMotion();
  const reducedMotion = motionChoice ?? systemReducedMotion;
  const [seedText, setSeedText] = useState(String(seed));
  const seedId = useId();
  const onRepair = useCallback(
    (by: PartnerIndex, kind: string) => run('tryRepair', { by, kind }),
    [run],
  );

  if (dance === null || moment === null || reading === null) {
    return engine === 'failed' ? (
      <section className="dance-view" aria-label="Dance">
        <p className="dance-unavailable" role="alert">
          The dance could not be loaded: part of the app did not arrive (the connection may have
          dropped, or the app was updated). Reload the page to try again. Your maps are not
          affected, and the map itself is shown below.
        </p>
      </section>
    ) : (
      <p className="page-loading" role="status">
        Opening the dance…
      </p>
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
      <div className="dance-stage" ref={stage}>
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
          />
        </div>
        <div className="dance-side">
          <div className="dance-side-head">
            <p className="dance-outcome" role="status">
              {outcome !== null && <strong data-outcome={outcome}>{outcome}</strong>}
            </p>
            <PresentButton />
          </div>
          <RevealControls />
          <Playback playId={playId} />
          {/* The drawer opens over the narration and hearts, never over the playback controls. */}
          <div className="dance-side-lower">
            <Narration text={revealNarration ?? narration} />
            <div className="dance-gauges">
              {([0, 1] as const).map((i) => {
                const partner = map.partners[i];
                const now = moment.context.partners[i];
                return (
                  <div key={i} className="dance-gauge" data-partner={i}>
                    <ArousalGauge
                      name={partner.name}
                      partner={i}
                      heartRate={now.heartRate}
                      restingHeartRate={partner.dynamics.restingHeartRate}
                      floodLine={floodLine(partner.dynamics)}
                      flooded={now.flooded}
                      reducedMotion={reducedMotion}
                      register={reading.register}
                    />
                  </div>
                );
              })}
            </div>
            <RepairDrawer defaultOpen={!wide}>
              <RepairWindowsPanel
                map={map}
                enabled={windows.status !== 'off'}
                onToggle={(on) => run('setRepairWindows', on)}
                note={loopWindows?.note ?? null}
                state={windows}
              />
              <RepairPalette map={map} enabled={repairable} onRepair={onRepair} message={message} />
            </RepairDrawer>
          </div>
        </div>
      </div>
      <div className="dance-options">
        <span className="with-help">
          <Switch
            label="Therapist present"
            checked={therapistPresent}
            onChange={(present) => run('setTherapist', present)}
            description="A therapist in the room as co-regulator, a calm third nervous system: hearts rise more slowly and settle faster, and repairs are easier to hear. The dance still escalates, but later."
          />
          <TermHelp id="therapist-present" term="Therapist present" />
        </span>
        <Switch
          label="Reduce motion"
          checked={reducedMotion}
          onChange={(reduced) => run('setReducedMotion', reduced)}
          description="Step through without animation"
        />
        <span className="with-help">
          <label className="seed" htmlFor={seedId}>
            Seed
            <input
              id={seedId}
              type="number"
              min={0}
              step={1}
              value={seedText}
              onChange={(e) => {
                // The field may be empty while someone types; the dance changes once it holds a seed.
                setSeedText(e.target.value);
                const next = Number(e.target.value);
                if (e.target.value.trim() !== '' && Number.isInteger(next) && next >= 0)
                  run('setSeed', next);
              }}
            />
          </label>
          <TermHelp id="seed" />
        </span>
        <PrintWorksheet />
        <ExportPicture
          what="the loop"
          fileName={`${map.id}-loop`}
          picture={() => {
            const svg = document.querySelector<SVGSVGElement>('.dance-view svg.dance-loop-svg');
            return svg === null
              ? null
              : pictureOf(svg, {
                  title: `${map.title}: the loop`,
                  description:
                    `${map.partners[0].name}’s move sets off ${map.partners[1].name}’s trigger, and ${map.partners[1].name}’s move sets off ${map.partners[0].name}’s trigger. ${clock ?? ''}`.trim(),
                });
          }}
        />
        <p className="dance-words">
          New to these words? <Term id="flooding">Flooding</Term>,{' '}
          <Term id="loop-state">the loop’s state</Term>,{' '}
          <Term id="rounds-and-turns">rounds and turns</Term> and{' '}
          <Term id="endings">how a dance ends</Term> are explained in plain words.
        </p>
      </div>
      <ScoreChart
        map={map}
        frames={frames}
        currentIndex={index}
        repairs={marks}
        baseline={baseline}
      />
    </section>
  );
}
