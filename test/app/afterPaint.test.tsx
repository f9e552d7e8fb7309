import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAfterPaint } from '../../src/viz/motion/useAfterPaint';

/** Two values held back together, and every pair the screen was ever drawn with. */
function Pair({ a, b, later, drawn }: { a: number; b: number; later: boolean; drawn: string[] }) {
  const shownA = useAfterPaint(a, later);
  const shownB = useAfterPaint(b, later);
  const pair = `${shownA}/${shownB}`;
  drawn.push(pair);
  return <p data-testid="pair">{pair}</p>;
}

const nextFrame = () =>
  act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 5))));

describe('a change that waits for the next painted frame', () => {
  it('shows the old value until a frame has been painted, then the new one', async () => {
    const drawn: string[] = [];
    const { rerender } = render(<Pair a={1} b={10} later drawn={drawn} />);
    rerender(<Pair a={2} b={20} later drawn={drawn} />);
    expect(screen.getByTestId('pair')).toHaveTextContent('1/10');
    await nextFrame();
    expect(screen.getByTestId('pair')).toHaveTextContent('2/20');
  });

  it('catches every waiting value up in the same render, never half of them', async () => {
    const drawn: string[] = [];
    const { rerender } = render(<Pair a={1} b={10} later drawn={drawn} />);
    rerender(<Pair a={2} b={20} later drawn={drawn} />);
    await waitFor(() => expect(screen.getByTestId('pair')).toHaveTextContent('2/20'));
    expect(drawn).not.toContain('2/10');
    expect(drawn).not.toContain('1/20');
  });

  it('follows at once when not asked to wait (paused, reduced motion)', () => {
    const drawn: string[] = [];
    const { rerender } = render(<Pair a={1} b={10} later={false} drawn={drawn} />);
    rerender(<Pair a={2} b={20} later={false} drawn={drawn} />);
    expect(screen.getByTestId('pair')).toHaveTextContent('2/20');
  });

  it('starts waiting from the value on screen, not one from before a pause', async () => {
    const drawn: string[] = [];
    const { rerender } = render(<Pair a={1} b={10} later drawn={drawn} />);
    await nextFrame();
    const before = drawn.length;
    // Paused: the person steps to 5 and 50; then plays on to 6 and 60.
    rerender(<Pair a={5} b={50} later={false} drawn={drawn} />);
    rerender(<Pair a={6} b={60} later drawn={drawn} />);
    expect(screen.getByTestId('pair')).toHaveTextContent('5/50');
    await nextFrame();
    expect(screen.getByTestId('pair')).toHaveTextContent('6/60');
    expect(drawn.slice(before)).not.toContain('1/10');
  });
});
