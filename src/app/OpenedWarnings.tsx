/** A polite list of what the parser repaired or flagged in a map that did open. */
import type { ParseWarning } from '../core';

export function OpenedWarnings({ warnings }: { readonly warnings: readonly ParseWarning[] }) {
  // The status region stays in the page even when empty, so new warnings are announced.
  return (
    <div className="opened-warnings" role="status" aria-label="About the opened map">
      {warnings.length > 0 && (
        <>
          <p>
            This map opened.{' '}
            {warnings.length === 1 ? 'One thing is' : `${warnings.length} things are`} worth a look:
          </p>
          <ul>
            {warnings.map((warning, index) => (
              // Warnings are a fixed list for the map that is open; their order is their identity.
              <li key={index}>{warning.message}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
