/** The playback controls wired to the studio: what they show from its selectors, what they do through its actions. */
import { clockOf, indexOf, isPlaying, lastIndexOf, speedOf } from '../../studio';
import { useDispatch } from '../actions/useActions';
import { useStudioSelector } from '../studio/StudioContext';
import { PlaybackControls } from './PlaybackControls';

/** `playId`: the Play button's id, for a skip link that lands on it. */
export function Playback({ playId }: { readonly playId?: string }) {
  const run = useDispatch();
  const playing = useStudioSelector(isPlaying);
  const index = useStudioSelector(indexOf);
  const last = useStudioSelector(lastIndexOf);
  const speed = useStudioSelector(speedOf);
  const clock = useStudioSelector(clockOf);
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
