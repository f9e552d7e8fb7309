/** Starts Cyclemap in the page. The stylesheet is linked from index.html so dev needs no inline styles under the CSP. */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { nextTask, type Studio } from '../studio';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { browserStudio } from './studio/browserStudio';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no element with the id "root".');

// Short tasks rather than one long one on a slow phone: the modules are evaluated, then the studio
// starts (its actors and stores), then React renders the page as a transition, in slices of a few
// milliseconds. index.html's shell is on screen throughout. (A promise chain, not top-level await:
// an entry module that awaits makes the bundler split everything it shares into small chunks.)
void nextTask()
  .then(() => {
    const studio = startedStudio();
    return nextTask().then(() => studio);
  })
  .then((studio) => {
    const root = createRoot(container);
    startTransition(() =>
      root.render(
        <StrictMode>
          <ErrorBoundary>
            <App studio={studio} />
          </ErrorBoundary>
        </StrictMode>,
      ),
    );
  });

/** The browser's studio; if it cannot start, App tries again where its error boundary can say why. */
function startedStudio(): Studio | undefined {
  try {
    return browserStudio();
  } catch {
    return undefined;
  }
}
