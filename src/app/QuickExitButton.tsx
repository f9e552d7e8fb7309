/** The always-reachable way out: one press leaves Cyclemap for a blank page. */

interface QuickExitButtonProps {
  readonly onExit: () => void;
}

export function QuickExitButton({ onExit }: QuickExitButtonProps) {
  return (
    <button type="button" className="quick-exit" onClick={onExit}>
      Quick exit
    </button>
  );
}
