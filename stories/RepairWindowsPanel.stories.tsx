import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { repairWindows } from '../src/core';
import { RepairWindowsPanel } from '../src/app/dance/RepairWindowsPanel';
import { quotedInline } from '../src/studio';
import { polka } from './sampleDances';

const humility = /an illustration, not a prediction for a real couple/;
const [theo] = polka.partners;

const meta = {
  title: 'Dance/RepairWindowsPanel',
  component: RepairWindowsPanel,
  args: { map: polka, enabled: false, onToggle: fn(), state: { status: 'off' } },
} satisfies Meta<typeof RepairWindowsPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Off: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const windows = canvas.getByRole('switch', { name: 'Repair windows' });
    await expect(windows).toHaveAttribute('aria-checked', 'false');
    await expect(canvas.queryByRole('progressbar')).toBeNull();
    await expect(canvas.queryByText(humility)).toBeNull();
    await userEvent.click(windows);
    await expect(args.onToggle).toHaveBeenCalledWith(true);
  },
};

export const Running: Story = {
  args: { enabled: true, state: { status: 'running', progress: 0.4, runs: 1000 } },
  play: async ({ canvas, userEvent, args }) => {
    const windows = canvas.getByRole('switch', { name: 'Repair windows' });
    await expect(windows).toHaveAttribute('aria-checked', 'true');
    const progress = canvas.getByRole('progressbar', {
      name: /^Working out where a repair could break the loop…/,
    });
    await expect(progress).toHaveProperty('value', 0.4);
    await expect(canvas.getByText(humility)).toBeVisible();
    await userEvent.click(windows);
    await expect(args.onToggle).toHaveBeenCalledWith(false);
  },
};

export const Done: Story = {
  // The analysis the app runs where there is no worker: 100 seeded runs per step.
  args: {
    enabled: true,
    state: { status: 'done', result: repairWindows(polka, { runs: 100 }), runs: 100 },
  },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('progressbar')).toBeNull();
    await expect(canvas.getByText(/^The best place to break this loop:/)).toHaveTextContent(
      `The best place to break this loop: when Theo feels ${quotedInline(theo.layers.reactiveEmotion)}, before Theo’s move, ${quotedInline(theo.layers.move)}, in round 1 — a soft reach by Theo lands about 7 times in 10 here.`,
    );
    await expect(canvas.getByText(humility)).toBeVisible();
  },
};

export const NoRepairBreaksTheLoop: Story = {
  args: {
    enabled: true,
    state: { status: 'done', result: { repairs: [], windows: [], best: null }, runs: 1000 },
  },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByText(/^In these runs no single repair broke this loop/),
    ).toHaveTextContent(/a break first, or help from a therapist\.$/);
  },
};

export const AnalysisError: Story = {
  args: {
    enabled: true,
    state: { status: 'error', message: 'The analysis could not run in this browser.' },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'The analysis could not run in this browser.',
    );
    await expect(canvas.queryByText(/^The best place to break this loop/)).toBeNull();
    await expect(canvas.getByRole('switch', { name: 'Repair windows' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  },
};
