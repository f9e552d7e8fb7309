/** The "Repair windows" switch, the analysis's progress, and the one sentence about the best window. */
import type { CycleMap } from '../../core';
import { bestWindowSentence } from './bestWindow';
import { Switch } from './Switch';
import { WINDOW_RUNS, type WindowsState } from './useRepairWindows';

interface RepairWindowsPanelProps {
  readonly map: CycleMap;
  readonly enabled: boolean;
  readonly onToggle: (enabled: boolean) => void;
  readonly state: WindowsState;
}

export function RepairWindowsPanel({ map, enabled, onToggle, state }: RepairWindowsPanelProps) {
  return (
    <div className="repair-windows-panel">
      <Switch
        label="Repair windows"
        checked={enabled}
        onChange={onToggle}
        description="Mark each step with how often a repair tried there breaks the loop"
      />
      {state.status === 'running' && (
        <p className="windows-progress">
          <label>
            Working out where a repair could break the loop…{' '}
            <progress max={1} value={state.progress}>
              {Math.round(state.progress * 100)} %
            </progress>
          </label>
        </p>
      )}
      {state.status === 'done' && (
        <p className="best-window" data-best-window="">
          {bestWindowSentence(map, state.result.best)}
        </p>
      )}
      {state.status === 'error' && (
        <p className="windows-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status !== 'off' && (
        <p className="model-humility">
          Figures from {(state.status === 'done' ? state.runs : WINDOW_RUNS).toLocaleString('en')}{' '}
          simulated runs of the model per step: an illustration, not a prediction for a real couple.
        </p>
      )}
    </div>
  );
}
