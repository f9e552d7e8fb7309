// Observable Plot's practice: the SVG the loop draws for a fixed input, kept as a file and compared.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import polkaText from '../../models/protest-polka.json?raw';
import {
  compileMachine,
  extendSession,
  parseCycleMap,
  sendAt,
  startSession,
  type DanceSession,
} from '../../src/core';
import { DanceLoop, type LoopWindows } from '../../src/viz/loop/DanceLoop';

const parsed = parseCycleMap(polkaText);
if (!parsed.ok) throw new Error(parsed.error.message);
const map = parsed.value;
const machine = compileMachine(map);
const alone = extendSession(machine, startSession(machine, { seed: 7 }), 200);
const repaired = extendSession(
  machine,
  sendAt(machine, alone, 8, { type: 'REPAIR', by: 1, kind: 'softReach' }),
  200,
);

const windows: LoopWindows = {
  perStep: [
    { partner: 0, step: 'perception', successRate: 0.61 },
    { partner: 0, step: 'reactiveEmotion', successRate: 0.68 },
    { partner: 1, step: 'trigger', successRate: 0.57 },
  ],
  best: { partner: 0, step: 'reactiveEmotion' },
};

/** The loop's <svg>, one element per line so a change shows as a readable diff. */
function svgOf(session: DanceSession, index: number, overlay: LoopWindows | null = null): string {
  const { container } = render(
    <DanceLoop
      map={map}
      snapshot={session.snapshots[index]!}
      previous={session.snapshots[index - 1]}
      turnDurationMs={0}
      reducedMotion
      windows={overlay}
    />,
  );
  const svg = container.querySelector('svg.dance-loop-svg');
  return `${(svg?.outerHTML ?? '').replace(/></g, '>\n<')}\n`;
}

describe('the loop’s drawing for a fixed dance (width 720)', () => {
  it('escalating, turn 25, with the repair-window overlay', async () => {
    await expect(svgOf(alone, 25, windows)).toMatchFileSnapshot(
      './__snapshots__/danceLoop.escalating.svg',
    );
  });

  it('reconnected, the loop open', async () => {
    await expect(svgOf(repaired, repaired.snapshots.length - 1)).toMatchFileSnapshot(
      './__snapshots__/danceLoop.reconnected.svg',
    );
  });
});
