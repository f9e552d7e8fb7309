/** The dance screen: the loop playing, both hearts, the narration, playback, repairs, windows and the chart. */
import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { floodLine, sessionFrames, type CycleMap, type PartnerIndex } from '../../core';
import { ArousalGauge } from '../../viz/body/ArousalGauge';
import { repairMarks } from '../../viz/chart/repairMarks';
import { ScoreChart } from '../../viz/chart/ScoreChart';
import { DanceLoop } from '../../viz/loop/DanceLoop';
import { Narration } from './Narration';
import { caption, repairMessage } from './narration';
import { PlaybackControls } from './PlaybackControls';
import { freshSession, playbackMachine, TURN_MS } from './playbackMachine';
import { RepairPalette } from './RepairPalette';
import { RepairWindowsPanel } from './RepairWindowsPanel';
import { loopWindowsFor } from './danceData';
import { Switch } from './Switch';
import { useDanceKeys } from './useDanceKeys';
import { usePrefersReducedMotion } from './useReducedMotion';
import { useRepairWindows } from './useRepairWindows';

interface DanceViewProps {
  readonly map: CycleMap;
  /** The seed the dance starts with; the same seed always plays the same dance. */
  readonly seed?: number;
}

export function DanceView({ map, seed = 7 }: DanceViewProps) {
  const playback = useActorRef(playbackMachine, { input: { map, seed } });
  const context = useSelector(playback, (s) => s.context);
  const playing = useSelector(playback, (s) => s.matches('playing'));
  const [windowsOn, setWindowsOn] = useState(false);
  // The person's own choice wins over the system setting; until they choose, the system decides.
  const [motionChoice, setMotionChoice] = useState<boolean | null>(null);
  const systemReducedMotion = usePrefersReducedMotion();
  const reducedMotion = motionChoice ?? systemReducedMotion;
  const [seedText, setSeedText] = useState(String(seed));
  const palette = useRef<HTMLDivElement>(null);
  const seedId = useId();

  const { map: playedMap, machine, session, index, speed } = context;
  const snapshot = session.snapshots[index]!;
  const previous = index > 0 ? session.snapshots[index - 1] : undefined;
  const frames = useMemo(() => sessionFrames(session), [session]);
  const marks = useMemo(() => repairMarks(map, session), [map, session]);
  // The same seed and setting with no repairs, for the chart to compare with. It changes only
  // with the seed or the therapist switch, not with each repair or step.
  const { seed: playedSeed, therapistPresent } = session;
  const baseline = useMemo(
    () => sessionFrames(freshSession({ map: playedMap, machine }, playedSeed, therapistPresent)),
    [playedMap, machine, playedSeed, therapistPresent],
  );
  const windows = useRepairWindows(map, session.therapistPresent, windowsOn);
  const loopWindows = useMemo(
    () =>
      windows.status === 'done' ? loopWindowsFor(windows.result, snapshot.context.round) : null,
    [windows, snapshot.context.round],
  );
  const inLoop = typeof snapshot.value === 'object' && 'loop' in snapshot.value;
  const outcome =
    snapshot.value === 'reconnected'
      ? 'Reconnected'
      : snapshot.value === 'disengaged'
        ? 'Disengaged'
        : null;
  const lastMark = [...marks].reverse().find((mark) => mark.index <= index);
  const message =
    lastMark === undefined
      ? null
      : repairMessage(
          map,
          session.snapshots[lastMark.index]!.context.lastRepair!,
          session.snapshots[lastMark.index]!.context,
        );

  const keys = useMemo(
    () => ({
      onToggle: () => playback.send({ type: 'TOGGLE' }),
      onStepBack: () => playback.send({ type: 'STEP_BACK' }),
      onStepForward: () => playback.send({ type: 'STEP_FORWARD' }),
      onRepairs: () => {
        const first = palette.current?.querySelector<HTMLButtonElement>('button:not(:disabled)');
        if (first) first.focus();
        else palette.current?.focus();
      },
    }),
    [playback],
  );
  useDanceKeys(keys);
  const onRepair = useCallback(
    (by: PartnerIndex, kind: string) => playback.send({ type: 'REPAIR', by, kind }),
    [playback],
  );

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
            snapshot={snapshot}
            {...(previous === undefined ? {} : { previous })}
            turnDurationMs={(TURN_MS / speed) * 0.8}
            reducedMotion={reducedMotion}
            windows={loopWindows}
          />
        </div>
      </div>
      <PlaybackControls
        playing={playing}
        index={index}
        last={session.snapshots.length - 1}
        turn={snapshot.context.turn}
        round={snapshot.context.round}
        speed={speed}
        onToggle={keys.onToggle}
        onStepBack={keys.onStepBack}
        onStepForward={keys.onStepForward}
        onRestart={() => playback.send({ type: 'RESTART' })}
        onSeek={(to) => playback.send({ type: 'SEEK', index: to })}
        onSpeed={(to) => playback.send({ type: 'SET_SPEED', speed: to })}
      />
      <Narration text={caption(map, session.snapshots, index)} />
      <div className="dance-gauges">
        {([0, 1] as const).map((i) => {
          const partner = map.partners[i];
          const now = snapshot.context.partners[i];
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
          checked={session.therapistPresent}
          onChange={(present) => playback.send({ type: 'SET_THERAPIST', present })}
          description="A therapist as co-regulator: arousal grows more slowly and repairs land more often"
        />
        <Switch
          label="Reduce motion"
          checked={reducedMotion}
          onChange={setMotionChoice}
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
                playback.send({ type: 'SET_SEED', seed: next });
            }}
          />
        </label>
      </div>
      <RepairWindowsPanel map={map} enabled={windowsOn} onToggle={setWindowsOn} state={windows} />
      <RepairPalette
        ref={palette}
        map={map}
        enabled={inLoop}
        onRepair={onRepair}
        message={message}
      />
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
