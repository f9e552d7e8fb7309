import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, RENDER_ERROR_TEXT } from '../../src/app/ErrorBoundary';

function Broken(): never {
  throw new Error('boom: a stack trace nobody should see');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a render error', () => {
  it('shows a plain sentence and a way back, never a blank screen or the error', async () => {
    // React reports caught errors on the console; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onReset = vi.fn();
    render(
      <ErrorBoundary onReset={onReset}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(RENDER_ERROR_TEXT);
    expect(screen.queryByText(/boom/)).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Back to all cycles' }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });
});
