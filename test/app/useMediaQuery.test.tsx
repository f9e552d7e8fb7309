import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMediaQuery } from '../../src/app/dance/useMediaQuery';

function Wide({ n }: { n: number }) {
  const wide = useMediaQuery('(min-width: 900px)');
  return <p>{`${wide ? 'wide' : 'narrow'} ${n}`}</p>;
}

/** A matchMedia whose one list can be told to change, counting the lists it makes. */
function fakeMatchMedia() {
  const listeners = new Set<() => void>();
  const list = {
    matches: false,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  const matchMedia = vi.fn(() => list);
  const change = (matches: boolean) => {
    list.matches = matches;
    for (const listener of listeners) listener();
  };
  return { matchMedia, change };
}

describe('useMediaQuery', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks the browser for a query’s list once, however often the page renders', () => {
    const { matchMedia } = fakeMatchMedia();
    vi.stubGlobal('matchMedia', matchMedia);
    const { rerender } = render(<Wide n={1} />);
    for (let n = 2; n < 6; n++) rerender(<Wide n={n} />);
    expect(screen.getByText('narrow 5')).toBeInTheDocument();
    expect(matchMedia).toHaveBeenCalledTimes(1);
  });

  it('follows the query as it changes', () => {
    const { matchMedia, change } = fakeMatchMedia();
    vi.stubGlobal('matchMedia', matchMedia);
    render(<Wide n={1} />);
    act(() => change(true));
    expect(screen.getByText('wide 1')).toBeInTheDocument();
    act(() => change(false));
    expect(screen.getByText('narrow 1')).toBeInTheDocument();
  });

  it('reads false where there is no matchMedia', () => {
    vi.stubGlobal('matchMedia', undefined);
    render(<Wide n={1} />);
    expect(screen.getByText('narrow 1')).toBeInTheDocument();
  });
});
