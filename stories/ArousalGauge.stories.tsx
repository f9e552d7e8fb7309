import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { ArousalGauge, type ArousalGaugeProps } from '../src/viz/body/ArousalGauge';

/** SVG labels wrap over two <tspan> lines: match the whole label as a reader sees it. */
const wholeText = (text: string) => (_: string, element: Element | null) =>
  element?.tagName.toLowerCase() === 'text' && element.textContent === text;

/** A gauge whose heart rate moves on at the press of a button, to watch the needle ease (or jump). */
function Changing(props: ArousalGaugeProps & { readonly next: number }) {
  const { next, ...gauge } = props;
  const [heartRate, setHeartRate] = useState(gauge.heartRate);
  const flooded = heartRate > gauge.floodLine;
  return (
    <div>
      <ArousalGauge {...gauge} heartRate={heartRate} flooded={flooded} />
      <button
        type="button"
        onClick={() => setHeartRate(heartRate === next ? gauge.heartRate : next)}
      >
        Next reading
      </button>
    </div>
  );
}

const meta = {
  title: 'Dance/ArousalGauge',
  component: ArousalGauge,
  decorators: [
    (Story) => (
      <main className="app-body">
        <div>
          <h1>One partner’s heart</h1>
          <Story />
        </div>
      </main>
    ),
  ],
  // Two gauges sit side by side on a phone, so a single gauge is shown at about that width.
  render: (args) => (
    <div style={{ maxWidth: '14rem' }}>
      <ArousalGauge {...args} />
    </div>
  ),
  args: {
    name: 'Theo',
    partner: 0,
    heartRate: 76,
    restingHeartRate: 74,
    floodLine: 100,
    flooded: false,
    reducedMotion: false,
  },
} satisfies Meta<typeof ArousalGauge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One gauge at phone width whose reading moves on to 118 bpm at the press of a button. */
const changingTo118: Story['render'] = (args) => (
  <div style={{ maxWidth: '14rem' }}>
    <Changing {...args} next={118} />
  </div>
);

export const Calm: Story = {
  play: async ({ canvas }) => {
    const meter = canvas.getByRole('meter', { name: 'Theo’s heart rate' });
    await expect(meter).toHaveAttribute('aria-valuenow', '76');
    await expect(meter).toHaveAttribute('aria-valuemin', '40');
    await expect(meter).toHaveAttribute('aria-valuemax', '180');
    await expect(meter).toHaveAttribute(
      'aria-valuetext',
      'Theo: 76 beats per minute, below the flooding line (100)',
    );
    await expect(canvas.getByText(wholeText('Flooding line, 100 bpm'))).toBeVisible();
    await expect(canvas.getByText(wholeText('Resting, 74 bpm'))).toBeVisible();
    await expect(canvas.queryByText('Flooded')).toBeNull();
  },
};

/** Priya, a fitter heart: resting at 68, she floods above 98 (resting + 30), not 100. */
export const Rising: Story = {
  args: {
    name: 'Priya',
    partner: 1,
    heartRate: 93,
    restingHeartRate: 68,
    floodLine: 98,
  },
  play: async ({ canvas }) => {
    const meter = canvas.getByRole('meter', { name: 'Priya’s heart rate' });
    await expect(meter).toHaveAttribute(
      'aria-valuetext',
      'Priya: 93 beats per minute, close to the flooding line (98)',
    );
    await expect(canvas.getByText('Close to the flooding line')).toBeVisible();
    await expect(canvas.getByText(wholeText('Flooding line, 98 bpm'))).toBeVisible();
  },
};

export const Flooded: Story = {
  args: { heartRate: 112, flooded: true },
  play: async ({ canvas }) => {
    const meter = canvas.getByRole('meter', { name: 'Theo’s heart rate' });
    await expect(meter).toHaveAttribute(
      'aria-valuetext',
      'Theo: 112 beats per minute, flooded (above 100)',
    );
    await expect(canvas.getByText('Flooded')).toBeVisible();
    await expect(canvas.getByText('⚠')).toBeVisible();
    await expect(meter.closest('[data-flooded]')).toHaveAttribute('data-flooded', 'true');
  },
};

/** With reduced motion the needle jumps to each new reading instead of easing there. */
export const ReducedMotion: Story = {
  args: { heartRate: 84, reducedMotion: true },
  render: changingTo118,
  play: async ({ canvas, userEvent }) => {
    const meter = canvas.getByRole('meter', { name: 'Theo’s heart rate' });
    await userEvent.click(canvas.getByRole('button', { name: 'Next reading' }));
    await expect(meter).toHaveAttribute('aria-valuenow', '118');
    await expect(canvas.getByText('Flooded')).toBeVisible();
    const drawing = meter.querySelector('[data-needle-bpm]');
    // No easing: the needle is already there in the same frame, nothing animating.
    await expect(drawing).toHaveAttribute('data-needle-bpm', '118.0');
    await expect(meter.querySelector('.arousal-needle')?.getAnimations().length).toBe(0);
  },
};

/** Without reduced motion the needle eases over about 300 ms. */
export const Easing: Story = {
  args: { heartRate: 84 },
  render: changingTo118,
  play: async ({ canvas, userEvent }) => {
    const meter = canvas.getByRole('meter', { name: 'Theo’s heart rate' });
    await userEvent.click(canvas.getByRole('button', { name: 'Next reading' }));
    await expect(meter).toHaveAttribute('aria-valuenow', '118');
    // The browser's compositor eases the needle: an animation runs, then ends where it rests.
    const needle = meter.querySelector('.arousal-needle');
    await expect(needle?.getAnimations().length).toBe(1);
    await waitFor(() => expect(needle?.getAnimations().length).toBe(0), { timeout: 2000 });
    await expect(meter.querySelector('[data-needle-bpm]')).toHaveAttribute(
      'data-needle-bpm',
      '118.0',
    );
  },
};

/** Both hearts side by side, as in the dance view: Theo flooded, Priya close behind. */
export const BothPartners: Story = {
  render: (args) => (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
        gap: '0.75rem',
        width: 'min(100%, 28rem)',
      }}
    >
      <ArousalGauge {...args} heartRate={108} flooded />
      <ArousalGauge
        {...args}
        name="Priya"
        partner={1}
        heartRate={96}
        restingHeartRate={68}
        floodLine={98}
        flooded={false}
      />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('meter')).toHaveLength(2);
    await expect(canvas.getByRole('meter', { name: 'Priya’s heart rate' })).toHaveAttribute(
      'aria-valuetext',
      'Priya: 96 beats per minute, close to the flooding line (98)',
    );
  },
};
