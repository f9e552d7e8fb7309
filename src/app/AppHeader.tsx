/** The strip that stays at the top: the app's name, what every page offers (opening map files, the glossary), and the quick exit. */
import type { ReactNode } from 'react';
import { QuickExitButton } from './QuickExitButton';
import { hrefOf } from './routing/routes';

interface AppHeaderProps {
  readonly onQuickExit: () => void;
  readonly children?: ReactNode;
}

export function AppHeader({ onQuickExit, children }: AppHeaderProps) {
  return (
    <header className="app-header">
      <p className="app-name">Cyclemap</p>
      <div className="app-header-tools">
        <a className="app-glossary-link" href={hrefOf({ name: 'glossary', term: null })}>
          Glossary
        </a>
        {children}
        <QuickExitButton onExit={onQuickExit} />
      </div>
    </header>
  );
}
