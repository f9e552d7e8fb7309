import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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

  it('eases the needle to a new reading over about 300 ms', async () => {
    const { rerender } = render(<ArousalGauge {...theo} />);
    const meter = screen.getByRole('meter');
    expect(needleOf(meter)).toHaveAttribute('data-needle-bpm', '84.0');
    rerender(<ArousalGauge {...theo} heartRate={118} flooded />);
    expect(meter).toHaveAttribute('aria-valuenow', '118');
    expect(needleOf(meter)).not.toHaveAttribute('data-needle-bpm', '118.0');
    await waitFor(() => expect(needleOf(meter)).toHaveAttribute('data-needle-bpm', '118.0'), {
      timeout: 1000,
    });
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
    const top = meter.querySelector('.arousal-track')?.getAttribute('y');
    expect(Number(meter.querySelector('.arousal-fill')?.getAttribute('y'))).toBe(Number(top));
  });
});
