// Observable Plot's practice: the SVG the loop draws for a fixed input, kept as a file and compared.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DanceSession } from '../../src/core';
import { DanceLoop, type LoopWindows } from '../../src/viz/loop/DanceLoop';
import { moment, polka, polkaAlone, polkaReachLands } from '../../stories/sampleDances';
import { loopWindowsOf } from './loopWindowsFixture';

const windows = loopWindowsOf(
  [
    [0, 'perception', 1, 'softReach', 'Soft reach', 0.61],
    [0, 'reactiveEmotion', 1, 'softReach', 'Soft reach', 0.68],
    [1, 'trigger', 0, 'selfSoothingBreak', 'Time-out', 0.57],
  ],
  { partner: 0, step: 'reactiveEmotion' },
);

/** The loop's <svg>, one element per line so a change shows as a readable diff. */
function svgOf(session: DanceSession, index: number, overlay: LoopWindows | null = null): string {
  const { container } = render(
    <DanceLoop
      map={polka}
      {...moment(session, index)}
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
    await expect(svgOf(polkaAlone, 25, windows)).toMatchFileSnapshot(
      './__snapshots__/danceLoop.escalating.svg',
    );
  });

  it('reconnected, the loop open', async () => {
    await expect(svgOf(polkaReachLands, -1)).toMatchFileSnapshot(
      './__snapshots__/danceLoop.reconnected.svg',
    );
  });
});
