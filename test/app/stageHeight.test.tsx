// The dance's stage is sized to the window only where its CSS uses the size (wide screens); on a
// phone it is not measured at all, so the page's first render pays for no layout it does not use.
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStageHeight } from '../../src/app/dance/useStageHeight';

function Stage({ used }: { readonly used: boolean }) {
  const [ref, height, style] = useStageHeight<HTMLDivElement>('dance', used);
  return (
    <div ref={ref} data-testid="stage" style={style}>
      {height === null ? 'not measured' : `${height} px`}
    </div>
  );
}

describe('useStageHeight', () => {
  afterEach(() => vi.restoreAllMocks());

  it('on a wide screen, gives the stage the room from its top to the window’s bottom', () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
      top: 100,
    } as DOMRect);
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(900);
    const { getByTestId } = render(<Stage used />);
    // 900 − 100 − a 12 px margin.
    expect(getByTestId('stage')).toHaveTextContent('788 px');
    expect(getByTestId('stage').style.getPropertyValue('--stage-height')).toBe('788px');
  });

  it('never squeezes the stage below 420 px: a short window scrolls instead', () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
      top: 300,
    } as DOMRect);
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(500);
    const { getByTestId } = render(<Stage used />);
    expect(getByTestId('stage')).toHaveTextContent('420 px');
  });

  it('on a narrow screen, measures nothing and sets no height', () => {
    const measure = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect');
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    const { getByTestId } = render(<Stage used={false} />);
    expect(getByTestId('stage')).toHaveTextContent('not measured');
    expect(getByTestId('stage').style.getPropertyValue('--stage-height')).toBe('');
    expect(measure).not.toHaveBeenCalled();
    expect(frame).not.toHaveBeenCalled();
  });

  it('stops giving a height once the screen narrows', () => {
    const { getByTestId, rerender } = render(<Stage used />);
    expect(getByTestId('stage')).not.toHaveTextContent('not measured');
    rerender(<Stage used={false} />);
    expect(getByTestId('stage')).toHaveTextContent('not measured');
  });
});
