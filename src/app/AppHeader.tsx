/** The strip that stays at the top: the app's name and the quick exit, reachable from anywhere. */
import { QuickExitButton } from './QuickExitButton';

export function AppHeader({ onQuickExit }: { readonly onQuickExit: () => void }) {
  return (
    <header className="app-header">
      <p className="app-name">Cyclemap</p>
      <QuickExitButton onExit={onQuickExit} />
    </header>
  );
}
