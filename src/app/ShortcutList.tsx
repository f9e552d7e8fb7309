/**
 * The keyboard shortcuts' list, from the actions registry (so it cannot drift from the keys),
 * plus the page's own (Quick exit, this help). Loaded when the help is first opened: the registry
 * brings the dance's actions, which the home page does not need.
 */
import { ACTIONS } from './actions/registry';

/** How a shortcut reads: `ArrowLeft` as ←, `Control+Z Meta+Z` as Ctrl+Z or ⌘+Z. */
export function shortcutWords(shortcut: string): string {
  return shortcut
    .split(' ')
    .map((combo) =>
      combo
        .replace('ArrowLeft', '←')
        .replace('ArrowRight', '→')
        .replace('Control', 'Ctrl')
        .replace('Meta', '⌘'),
    )
    .join(' or ');
}

/** What each action with a key does, in words that do not change with the moment. */
const WHAT: Partial<Record<keyof typeof ACTIONS, string>> = {
  togglePlay: 'Play or pause the dance',
  stepBack: 'Step back one moment',
  stepForward: 'Step forward one moment',
  focusRepairs: 'Go to the repairs',
  present: 'Present: the dance fills the screen (again to stop)',
  revealNext: 'While presenting from the start: reveal the next part of the cycle',
  revealPrevious: 'While presenting from the start: go back one part',
  stopPresenting: 'Stop presenting',
  undo: 'Undo the last edit of your map',
  redo: 'Redo',
};

export const SHORTCUTS: readonly { readonly keys: string; readonly what: string }[] = [
  ...Object.entries(WHAT).flatMap(([name, what]) => {
    const { shortcut } = ACTIONS[name as keyof typeof ACTIONS] as { shortcut?: string };
    return shortcut === undefined ? [] : [{ keys: shortcutWords(shortcut), what }];
  }),
  { keys: 'Escape, twice', what: 'Quick exit: leave Cyclemap at once' },
  { keys: '?', what: 'Show or hide these shortcuts' },
];

export default function ShortcutList() {
  return (
    <dl>
      {SHORTCUTS.map(({ keys, what }) => (
        <div key={what}>
          <dt>
            <kbd>{keys}</kbd>
          </dt>
          <dd>{what}</dd>
        </div>
      ))}
    </dl>
  );
}
