/** The dance screen: the loop playing, both hearts, the narration, playback, repairs, windows and the chart. */
import { useCallback, useId, useState } from 'react';
import { floodLine, type PartnerIndex } from '../../core';
import {
  baselineFramesOf,
  danceOf,
  framesOf,
  indexOf,
  isPlaying,
  lastIndexOf,
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
  canRepair,
  seedOf,
  speedOf,
  therapistPresentOf,
  TURN_MS,
  windowsStateOf,
} from '../../studio';
import { ArousalGauge } from '../../viz/body/ArousalGauge';
import { ScoreChart } from '../../viz/chart/ScoreChart';
import { DanceLoop } from '../../viz/loop/DanceLoop';
import { useActionKeys, useDispatch } from '../actions/useActions';
import { useStudioSelector } from '../studio/StudioContext';
import { Narration } from './Narration';
import { PlaybackControls } from './PlaybackControls';
import { RepairPalette } from './RepairPalette';
import { RepairWindowsPanel } from './RepairWindowsPanel';
import { Switch } from './Switch';
import { usePrefersReducedMotion } from './useReducedMotion';

export function DanceView() {
  const run = useDispatch();
  useActionKeys();
  const dance = useStudioSelector(danceOf);
  const moment = useStudioSelector(momentOf);
  const reading = useStudioSelector(readingOf);
  const previous = useStudioSelector(previousReadingOf);
  const index = useStudioSelector(indexOf);
  const last = useStudioSelector(lastIndexOf);
  const playing = useStudioSelector(isPlaying);
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

  if (dance === null || moment === null || reading === null) return null;
  const { map } = dance;

  return (
    <section className="dance-view" aria-label="Dance" data-outcome={outcome ?? 'playing'}>
      <header className="dance-header">
        <h2>The dance</h2>
        <p className="dance-outcome" role="status">
          {outcome !== null && <strong data-outcome={outcome}>{outcome}</strong>}
        </p>
      </header>
      <div className="dance-stage">
        <div className="dance-loop">
          <DanceLoop
            map={map}
            reading={reading}
            previous={previous}
            turnDurationMs={(TURN_MS / speed) * 0.8}
            reducedMotion={reducedMotion}
            windows={loopWindows}
            clock={clock}
          />
        </div>
      </div>
      <PlaybackControls
        playing={playing}
        index={index}
        last={last}
        clock={clock ?? ''}
        speed={speed}
        onToggle={() => run('togglePlay', undefined)}
        onStepBack={() => run('stepBack', undefined)}
        onStepForward={() => run('stepForward', undefined)}
        onRestart={() => run('restart', undefined)}
        onSeek={(to) => run('seek', to)}
        onSpeed={(to) => run('setSpeed', to)}
      />
      <Narration text={narration} />
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
              />
            </div>
          );
        })}
      </div>
      <div className="dance-options">
        <Switch
          label="Therapist present"
          checked={therapistPresent}
          onChange={(present) => run('setTherapist', present)}
          description="A therapist as co-regulator: arousal grows more slowly and repairs land more often"
        />
        <Switch
          label="Reduce motion"
          checked={reducedMotion}
          onChange={(reduced) => run('setReducedMotion', reduced)}
          description="Step through without animation"
        />
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
      </div>
      <RepairWindowsPanel
        map={map}
        enabled={windows.status !== 'off'}
        onToggle={(on) => run('setRepairWindows', on)}
        note={loopWindows?.note ?? null}
        state={windows}
      />
      <RepairPalette map={map} enabled={repairable} onRepair={onRepair} message={message} />
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
