/** Catches a render error so the page shows a plain sentence and a way back, never a blank screen or a stack trace. */
import { Component } from 'react';
import type { ReactNode } from 'react';

export const RENDER_ERROR_TEXT =
  'Something went wrong showing this map. Your maps are safe on this device.';

interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** Called after the boundary clears, e.g. to go back to the list of cycles. */
  readonly onReset?: () => void;
}

interface ErrorBoundaryState {
  readonly failed: boolean;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  private readonly reset = (): void => {
    this.setState({ failed: false });
    this.props.onReset?.();
  };

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="render-error" role="alert">
        <p>{RENDER_ERROR_TEXT}</p>
        <button type="button" onClick={this.reset}>
          Back to all cycles
        </button>
      </div>
    );
  }
}
