// Stories of the Statechart view: the Polka at its start, a few steps on, both partners flooded, laid
// out left to right, and a browser where the layout cannot run.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import type { ElkLayout } from '../src/core';
import { StatechartView } from '../src/app/statechart/StatechartView';
import { danceOf, seek } from './danceDecorator';
import { polka } from './sampleDances';

/** Seed 7 floods Theo at turn 36 and Priya at 38; at turn 40 both are flooded. */
const FLOODED_MOMENT = 40;
const THEOS_TRIGGER = 'cyclemap.loop.partner0.trigger';

/** The laid-out chart, once the worker has answered. */
async function drawn(canvasElement: HTMLElement): Promise<SVGSVGElement> {
  const canvas = within(canvasElement);
  const region = await canvas.findByRole('region', { name: 'Statechart' });
  await waitFor(() => expect(region.querySelector('svg.statechart-svg')).not.toBeNull(), {
    timeout: 10_000,
  });
  await waitFor(() => expect(region.querySelector('[data-active="true"]')).not.toBeNull());
  return region.querySelector<SVGSVGElement>('svg.statechart-svg')!;
}

const stateBox = (svg: SVGSVGElement, id: string) =>
  svg.querySelector<SVGGElement>(`[data-state="${id}"]`)!;

/** A layout that never comes: as in a browser where the worker cannot start. */
const failingLayout: ElkLayout = () =>
  Promise.reject(new Error('No Web Worker here to lay the statechart out.'));

const meta = {
  title: 'Statechart/StatechartView',
  component: StatechartView,
  parameters: { layout: 'fullscreen' },
  // The map screen around the view and a studio of its own, with the Polka loaded at seed 7.
  decorators: [danceOf(polka)],
} satisfies Meta<typeof StatechartView>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AtTheStart: Story = {
  play: async ({ canvasElement }) => {
    const svg = await drawn(canvasElement);
    await expect(stateBox(svg, THEOS_TRIGGER)).toHaveAttribute('data-active', 'true');
    await expect(stateBox(svg, THEOS_TRIGGER).getAttribute('aria-label')).toMatch(
      /^Theo: .*, active$/,
    );
    await expect(svg).toHaveAttribute('data-direction', 'down');
    // Nothing has happened yet: no arrow is marked as the last one taken.
    await expect(svg.querySelector('[data-last="true"]')).toBeNull();
    await expect(
      within(canvasElement).getByRole('button', { name: /^Take the turn: / }),
    ).toBeVisible();
  },
};

export const AfterAFewSteps: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    const svg = await drawn(canvasElement);
    for (let i = 0; i < 3; i++)
      await userEvent.click(canvas.getByRole('button', { name: 'Step forward' }));
    await waitFor(() =>
      expect(stateBox(svg, THEOS_TRIGGER)).toHaveAttribute('data-active', 'false'),
    );
    const last = svg.querySelectorAll('[data-last="true"]');
    await expect(last).toHaveLength(1);
    // The arrow marked last leads into the step now active.
    const target = last[0]!.getAttribute('data-target')!;
    await expect(stateBox(svg, target)).toHaveAttribute('data-active', 'true');
  },
};

export const BothFlooded: Story = {
  play: async ({ canvas, canvasElement }) => {
    const svg = await drawn(canvasElement);
    await seek(canvasElement, FLOODED_MOMENT);
    await waitFor(() => expect(svg.querySelectorAll('[data-flooded="true"]')).toHaveLength(1));
    const step = svg.querySelector('[data-flooded="true"]')!;
    await expect(step).toHaveAttribute('data-active', 'true');
    await expect(step.getAttribute('aria-label')).toMatch(/, active, flooded$/);
    await expect(canvas.getByRole('group', { name: 'Playback' })).toHaveTextContent(
      `Turn ${FLOODED_MOMENT}`,
    );
  },
};

export const LeftToRight: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    const svg = await drawn(canvasElement);
    const downSize = svg.getAttribute('viewBox');
    const toggle = canvas.getByRole('button', { name: 'Lay out left to right' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await waitFor(
      () =>
        expect(canvasElement.querySelector('svg.statechart-svg')).toHaveAttribute(
          'data-direction',
          'right',
        ),
      { timeout: 10_000 },
    );
    const right = canvasElement.querySelector<SVGSVGElement>('svg.statechart-svg')!;
    await expect(right.getAttribute('viewBox')).not.toBe(downSize);
    await expect(stateBox(right, THEOS_TRIGGER)).toHaveAttribute('data-active', 'true');
  },
};

export const LayoutFails: Story = {
  args: { layout: failingLayout },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'The statechart could not be laid out in this browser.',
    );
    await expect(canvas.queryByRole('list', { name: 'States of the cycle' })).toBeNull();
    // The exports that need no layout still work; the pictures wait for one.
    await expect(canvas.getByRole('button', { name: 'Export Mermaid' })).toBeEnabled();
    await expect(canvas.getByRole('button', { name: 'Export JSON' })).toBeEnabled();
    await expect(
      canvas.getByRole('button', { name: 'Export SVG of the statechart' }),
    ).toBeDisabled();
  },
};
