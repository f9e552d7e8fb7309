/** The "Repair windows" switch, the analysis's progress, and the one sentence about the best window. */
import { memo } from 'react';
import type { CycleMap } from '../../core';
import { bestWindowSentence, WINDOW_RUNS, type WindowsState } from '../../studio';
import { TermHelp } from '../../viz/glossary/TermHelp';
import { wholeNumber } from '../../viz/wholeNumber';
import { Switch } from './Switch';

interface RepairWindowsPanelProps {
  readonly map: CycleMap;
  readonly enabled: boolean;
  readonly onToggle: (enabled: boolean) => void;
  readonly state: WindowsState;
  /** Why the loop shows no figures at this moment, if it shows none. */
  readonly note?: string | null;
}

export const RepairWindowsPanel = memo(function RepairWindowsPanel({
  map,
  enabled,
  onToggle,
  state,
  note = null,
}: RepairWindowsPanelProps) {
  const progress = state.status === 'running' ? state.progress : 0;
  const runs = state.status === 'done' || state.status === 'running' ? state.runs : WINDOW_RUNS;
  return (
    <div className="repair-windows-panel">
      <span className="with-help">
        <Switch
          label="Repair windows"
          checked={enabled}
          onChange={onToggle}
          description="Mark each step with how often a repair tried there breaks the loop"
        />
        <TermHelp id="repair-windows" />
      </span>
      {(state.status === 'running' || state.status === 'waiting') && (
        <p className="windows-progress">
          <label>
            Working out where a repair could break the loop…{' '}
            <progress max={1} value={progress}>
              {Math.round(progress * 100)} %
            </progress>
          </label>
        </p>
      )}
      {state.status === 'done' && (
        <p className="best-window" data-best-window="">
          {bestWindowSentence(map, state.result.best)}
        </p>
      )}
      {state.status === 'done' && note !== null && <p className="windows-note">{note}</p>}
      {state.status === 'error' && (
        <p className="windows-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status !== 'off' && (
        <p className="model-humility">
          Figures from {wholeNumber(runs)} simulated runs of the model per step: an illustration,
          not a prediction for a real couple.
        </p>
      )}
    </div>
  );
});
