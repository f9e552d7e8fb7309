import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ArousalGauge, type ArousalGaugeProps } from '../../src/viz/body/ArousalGauge';

const theo: ArousalGaugeProps = {
  name: 'Theo',
  partner: 0,
  heartRate: 84,
  restingHeartRate: 74,
  floodLine: 100,
  flooded: false,
  reducedMotion: false,
};

/** An SVG label spans two <tspan> lines; a reader sees it as one. */
const wholeText = (text: string) => (_: string, element: Element | null) =>
  element?.tagName.toLowerCase() === 'text' && element.textContent === text;

const needleOf = (meter: HTMLElement) => meter.querySelector('[data-needle-bpm]');

describe('the heart-rate gauge', () => {
  it('is a meter from 40 to 180 bpm named for the partner, saying the rate in words', () => {
    render(<ArousalGauge {...theo} />);
    const meter = screen.getByRole('meter', { name: 'Theo’s heart rate' });
    expect(meter).toHaveAttribute('aria-valuenow', '84');
    expect(meter).toHaveAttribute('aria-valuemin', '40');
    expect(meter).toHaveAttribute('aria-valuemax', '180');
    expect(meter).toHaveAttribute(
      'aria-valuetext',
      'Theo: 84 beats per minute, below the flooding line (100)',
    );
    expect(meter).toHaveTextContent('84 bpm');
  });

  it('labels the partner’s own flooding line and resting rate', () => {
    render(<ArousalGauge {...theo} name="Priya" restingHeartRate={68} floodLine={98} />);
    expect(screen.getByText(wholeText('Flooding line, 98 bpm'))).toBeInTheDocument();
    expect(screen.getByText(wholeText('Resting, 68 bpm'))).toBeInTheDocument();
  });

  it('says “Flooded” with an icon, not by colour alone, and marks it for styling', () => {
    const { container } = render(<ArousalGauge {...theo} heartRate={112.4} flooded />);
    const meter = screen.getByRole('meter', { name: 'Theo’s heart rate' });
    expect(meter).toHaveAttribute(
      'aria-valuetext',
      'Theo: 112 beats per minute, flooded (above 100)',
    );
    expect(meter).toHaveTextContent('⚠ Flooded');
    expect(container.firstElementChild).toHaveAttribute('data-flooded', 'true');
    expect(container.firstElementChild).toHaveAttribute('data-level', 'flooded');
  });

  it('warns when a heart is within 10 bpm of the flooding line', () => {
    const { container } = render(<ArousalGauge {...theo} heartRate={93} />);
    expect(screen.getByRole('meter')).toHaveTextContent('Close to the flooding line');
    expect(container.firstElementChild).toHaveAttribute('data-flooded', 'false');
    expect(container.firstElementChild).toHaveAttribute('data-level', 'near');
  });

  it('follows the engine’s verdict on flooding, not its own reading of the line', () => {
    // At exactly the line the engine says "not flooded" (flooded means above it).
    render(<ArousalGauge {...theo} heartRate={100} flooded={false} />);
    expect(screen.getByRole('meter')).not.toHaveTextContent('Flooded');
  });

  it('eases the needle to a new reading over 300 ms, on the compositor', () => {
    // jsdom has no Web Animations: record what the gauge asks the browser to animate.
    const calls: { element: Element; keyframes: Keyframe[]; options: KeyframeAnimationOptions }[] =
      [];
    const animate = vi.fn(function (
      this: Element,
      keyframes: Keyframe[],
      options: KeyframeAnimationOptions,
    ) {
      calls.push({ element: this, keyframes, options });
      return { cancel: () => {}, currentTime: 0, playState: 'running' } as unknown as Animation;
    });
    Object.defineProperty(Element.prototype, 'animate', { value: animate, configurable: true });
    try {
      const { rerender } = render(<ArousalGauge {...theo} />);
      expect(animate).not.toHaveBeenCalled();
      rerender(<ArousalGauge {...theo} heartRate={118} flooded />);
      const meter = screen.getByRole('meter');
      expect(meter).toHaveAttribute('aria-valuenow', '118');
      const needle = calls.find((c) => c.element.classList.contains('arousal-needle'));
      expect(needle?.options.duration).toBe(300);
      // Only transforms: from where 84 bpm sits on the track up to where 118 does.
      const [from, to] = (needle?.keyframes ?? []).map((k) =>
        Number(/translate\(0px, ([\d.]+)px\)/.exec(String(k.transform))?.[1]),
      );
      expect(from).toBeGreaterThan(to ?? Infinity);
      expect(needle?.element.getAttribute('transform')).toBe(`translate(0, ${to?.toFixed(2)})`);
      expect(calls.some((c) => c.element.classList.contains('arousal-fill'))).toBe(true);
      expect(
        calls.every((c) =>
          c.keyframes.every((k) =>
            Object.keys(k).every((key) => ['transform', 'offset'].includes(key)),
          ),
        ),
      ).toBe(true);
    } finally {
      Reflect.deleteProperty(Element.prototype, 'animate');
    }
  });

  it('jumps straight to a new reading under reduced motion', () => {
    const { rerender } = render(<ArousalGauge {...theo} reducedMotion />);
    rerender(<ArousalGauge {...theo} reducedMotion heartRate={118} flooded />);
    expect(needleOf(screen.getByRole('meter'))).toHaveAttribute('data-needle-bpm', '118.0');
  });

  it('keeps a reading beyond the gauge on the gauge', () => {
    render(<ArousalGauge {...theo} heartRate={196} flooded reducedMotion />);
    const meter = screen.getByRole('meter');
    expect(meter).toHaveAttribute('aria-valuenow', '196');
    // The fill is the whole track, unscaled: full to the top.
    expect(meter.querySelector('.arousal-fill')?.getAttribute('transform')).toMatch(
      /scale\(1, 1\.0000\)$/,
    );
  });
});
