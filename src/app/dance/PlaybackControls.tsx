/** Play/Pause, step back and forward, restart, speed and the timeline of the dance. */
import { useId } from 'react';
import { SPEEDS } from '../../studio';

interface PlaybackControlsProps {
  /** The Play button's id, for the skip link past the loop's steps. */
  readonly playId?: string;
  readonly playing: boolean;
  readonly index: number;
  readonly last: number;
  /** The clock's words for the moment: "Turn 12 · Round 2", or the time after a break. */
  readonly clock: string;
  readonly speed: number;
  readonly onToggle: () => void;
  readonly onStepBack: () => void;
  readonly onStepForward: () => void;
  readonly onRestart: () => void;
  readonly onSeek: (index: number) => void;
  readonly onSpeed: (speed: number) => void;
}

export function PlaybackControls(props: PlaybackControlsProps) {
  const speedId = useId();
  const timelineId = useId();
  const { playing, index, last, clock, speed } = props;
  return (
    <div className="playback-controls" role="group" aria-label="Playback">
      <div className="playback-buttons">
        <button
          type="button"
          id={props.playId}
          className="primary"
          onClick={props.onToggle}
          aria-keyshortcuts="Space"
        >
          <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          onClick={props.onStepBack}
          disabled={index === 0}
          aria-keyshortcuts="ArrowLeft"
        >
          <span aria-hidden="true">◀ </span>
          <span className="phone-hidden">Step back</span>
        </button>
        <button
          type="button"
          onClick={props.onStepForward}
          disabled={index >= last}
          aria-keyshortcuts="ArrowRight"
        >
          <span className="phone-hidden">Step forward</span>
          <span aria-hidden="true"> ▶</span>
        </button>
        <button type="button" onClick={props.onRestart} disabled={index === 0}>
          <span aria-hidden="true">↺ </span>
          <span className="phone-hidden">Restart</span>
        </button>
        <label className="speed" htmlFor={speedId}>
          <span className="phone-hidden">Speed</span>
          <select
            id={speedId}
            value={speed}
            onChange={(e) => props.onSpeed(Number(e.target.value))}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="timeline">
        <label htmlFor={timelineId} className="phone-hidden">
          Timeline
        </label>
        <input
          id={timelineId}
          type="range"
          min={0}
          max={last}
          step={1}
          value={index}
          aria-valuetext={`Moment ${index + 1} of ${last + 1}: ${clock}`}
          onChange={(e) => props.onSeek(Number(e.target.value))}
        />
        <output className="turn-counter" htmlFor={timelineId}>
          {clock}
        </output>
      </div>
    </div>
  );
}
