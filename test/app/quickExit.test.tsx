import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { DOUBLE_ESCAPE_MS } from '../../src/app/useDoubleEscape';

afterEach(() => {
  vi.useRealTimers();
});

describe('quick exit', () => {
  it('is a button that leaves at once', async () => {
    const leave = vi.fn();
    render(<App onQuickExit={leave} />);
    await userEvent.click(screen.getByRole('button', { name: 'Quick exit' }));
    expect(leave).toHaveBeenCalledTimes(1);
  });

  it('is reachable from a map, too', async () => {
    const leave = vi.fn();
    render(<App onQuickExit={leave} />);
    await userEvent.click(screen.getByRole('button', { name: 'Freeze and Flee' }));
    await screen.findByRole('heading', { level: 1, name: 'Freeze and Flee' }, { timeout: 5000 });
    await userEvent.click(screen.getByRole('button', { name: 'Quick exit' }));
    expect(leave).toHaveBeenCalledTimes(1);
  });

  it('leaves when Escape is pressed twice quickly', async () => {
    const leave = vi.fn();
    render(<App onQuickExit={leave} />);
    await userEvent.keyboard('{Escape}{Escape}');
    expect(leave).toHaveBeenCalledTimes(1);
  });

  it('stays on a single Escape, or two far apart', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const leave = vi.fn();
    render(<App onQuickExit={leave} />);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(leave).not.toHaveBeenCalled();
    vi.setSystemTime(Date.now() + DOUBLE_ESCAPE_MS + 1);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(leave).not.toHaveBeenCalled();
  });

  it('ignores a held-down Escape repeating', () => {
    const leave = vi.fn();
    render(<App onQuickExit={leave} />);
    fireEvent.keyDown(window, { key: 'Escape' });
    fireEvent.keyDown(window, { key: 'Escape', repeat: true });
    expect(leave).not.toHaveBeenCalled();
  });

  it('keeps the safety notes on every view', async () => {
    render(<App onQuickExit={() => {}} />);
    const safety = screen.getByRole('complementary', { name: 'Safety and care' });
    expect(safety).toHaveTextContent('not therapy or a diagnosis');
    expect(safety).toHaveTextContent('reach out to a domestic-violence helpline');
    await userEvent.click(screen.getByRole('button', { name: 'Protest Polka' }));
    await screen.findByRole('heading', { level: 1, name: 'Protest Polka' }, { timeout: 5000 });
    expect(screen.getByRole('complementary', { name: 'Safety and care' })).toBeInTheDocument();
  });
});
