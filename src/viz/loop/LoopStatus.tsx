/**
 * The loop's state in words: turn and round, and how hot (or, in a cold dance, how distant) the
 * dance runs, or where the repair has got to.
 */
import { HeatBars } from './HeatBars';
import { cueLevel, REPAIR_STAGE_LABEL, type LoopReading } from './loopReading';

interface LoopStatusProps {
  readonly reading: LoopReading;
  /** The clock's words; "Turn N · Round R" unless given (after a break it reads as time). */
  readonly clock?: string | null;
}

export function LoopStatus({ reading, clock = null }: LoopStatusProps) {
  const { phase } = reading;
  return (
    <div className="dance-loop-status">
      <p className="dance-loop-clock">{clock ?? `Turn ${reading.turn} · Round ${reading.round}`}</p>
      <p
        className="dance-loop-phase"
        data-phase={phase}
        data-cue={reading.cue}
        data-register={reading.register}
        aria-label={`Loop state: ${loopStateWords(reading)}`}
      >
        {(phase === 'loop' || phase === 'unresolved') && (
          <>
            <HeatBars level={cueLevel(reading.heat)} register={reading.register} />
            <span>{reading.cue}</span>
          </>
        )}
        {phase === 'unresolved' && <span> · Unresolved — the talk ended mid-loop</span>}
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

/** The loop's state in words, as a screen reader reads it. */
function loopStateWords(reading: LoopReading): string {
  switch (reading.phase) {
    case 'loop':
      return reading.cue;
    case 'unresolved':
      return `${reading.cue}, unresolved: the talk ended mid-loop`;
    case 'repairing':
      return `repair path, ${reading.repairStage === null ? '' : REPAIR_STAGE_LABEL[reading.repairStage]}`;
    case 'reconnected':
      return 'Reconnected, the loop is open';
    case 'disengaged':
      return 'Disengaged, both have withdrawn';
  }
}
