/** The playback controls wired to the studio: what they show from its selectors, what they do through its actions. */
import { clockOf, indexOf, isPlaying, lastIndexOf, speedOf } from '../../studio';
import { useAfterPaint } from '../../viz/motion/useAfterPaint';
import { useDispatch } from '../actions/useActions';
import { useStudioSelector } from '../studio/StudioContext';
import { PlaybackControls } from './PlaybackControls';

/**
 * `playId`: the Play button's id, for a skip link that lands on it. `lead`: the loop's pulse sets
 * off first (DanceLoop's `lead`), and the timeline and clock follow once that frame is painted.
 */
export function Playback({
  playId,
  lead = false,
}: {
  readonly playId?: string;
  readonly lead?: boolean;
}) {
  const run = useDispatch();
  const playing = useStudioSelector(isPlaying);
  const now = useStudioSelector(indexOf);
  const last = useStudioSelector(lastIndexOf);
  const speed = useStudioSelector(speedOf);
  const clockNow = useStudioSelector(clockOf);
  // Paused, the timeline and clock follow at once, so a dragged timeline never lags.
  const index = useAfterPaint(now, lead && playing);
  const clock = useAfterPaint(clockNow, lead && playing);
  return (
    <PlaybackControls
      {...(playId === undefined ? {} : { playId })}
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
  );
}
