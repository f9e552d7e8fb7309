/**
 * Catches a render error so the page shows a plain sentence, never a blank screen or a stack
 * trace — with "Download all maps" (so nothing typed is lost, whatever broke), a reload, and a
 * way back. Nothing about the error is sent anywhere.
 */
import { Component, createRef } from 'react';
import type { ReactNode } from 'react';
import type { MapsSource } from '../studio';
import { crashMapsSource } from './library/crashSource';
import { DownloadAllMaps } from './library/DownloadAllMaps';

export const RENDER_ERROR_TEXT =
  'Something went wrong showing this page. Your maps are kept on this device: download them all to be sure, then reload.';

interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** Called after the boundary clears, e.g. to go back to the list of maps. */
  readonly onReset?: () => void;
  /** Where "Download all maps" reads from; the running app's studio (or storage) unless given. */
  readonly mapsSource?: () => MapsSource;
  /** Reloads the page; the browser's reload unless a test passes a stub. */
  readonly onReload?: () => void;
}

interface ErrorBoundaryState {
  readonly failed: boolean;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };
  private readonly heading = createRef<HTMLHeadingElement>();

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  // The page that had focus is gone: the crash screen's heading takes it, so nothing is lost.
  override componentDidMount(): void {
    if (this.state.failed) this.heading.current?.focus();
  }

  override componentDidUpdate(_: ErrorBoundaryProps, previous: ErrorBoundaryState): void {
    if (this.state.failed && !previous.failed) this.heading.current?.focus();
  }

  private readonly reset = (): void => {
    this.setState({ failed: false });
    this.props.onReset?.();
  };

  private readonly reload = (): void => {
    if (this.props.onReload !== undefined) this.props.onReload();
    else window.location.reload();
  };

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="render-error">
        <h1 ref={this.heading} tabIndex={-1}>
          Something went wrong
        </h1>
        <p role="alert">{RENDER_ERROR_TEXT}</p>
        <p>Nothing about this error has been sent anywhere.</p>
        <div className="render-error-actions">
          <DownloadAllMaps source={this.props.mapsSource ?? crashMapsSource} />
          <button type="button" onClick={this.reload}>
            Reload
          </button>
          {this.props.onReset !== undefined && (
            <button type="button" onClick={this.reset}>
              Back to all maps
            </button>
          )}
        </div>
      </div>
    );
  }
}
