/** The loop's state in words: turn and round, and how hot the dance runs or where the repair has got to. */
import { HeatBars } from './HeatBars';
import { HEAT_CUES, REPAIR_STAGE_LABEL, type LoopReading } from './loopReading';

interface LoopStatusProps {
  readonly reading: LoopReading;
}

export function LoopStatus({ reading }: LoopStatusProps) {
  const { phase } = reading;
  return (
    <div className="dance-loop-status">
      <p className="dance-loop-clock">
        Turn {reading.turn} · Round {reading.round}
      </p>
      <p className="dance-loop-phase" data-phase={phase} data-cue={reading.cue}>
        {phase === 'loop' && (
          <>
            <HeatBars level={HEAT_CUES.indexOf(reading.cue)} />
            <span>{reading.cue}</span>
          </>
        )}
        {phase === 'repairing' && reading.repairStage !== null && (
          <>
            <span className="dance-loop-phase-name">Repair path:</span>{' '}
            <strong>{REPAIR_STAGE_LABEL[reading.repairStage]}</strong>
          </>
        )}
        {phase === 'reconnected' && <span>Reconnected — the loop is open</span>}
        {phase === 'disengaged' && <span>Disengaged — both have withdrawn</span>}
      </p>
    </div>
  );
}
