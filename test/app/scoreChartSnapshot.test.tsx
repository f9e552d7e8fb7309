// The chart's SVG for fixed traces, compared with stored files (as Observable Plot does).
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { sessionFrames } from '../../src/core';
import { repairMarks } from '../../src/studio';
import { ScoreChart } from '../../src/viz/chart/ScoreChart';
import { polka, polkaAlone, polkaFailBreakLand } from '../../stories/sampleDances';

const escalatingFrames = sessionFrames(polkaAlone);
const repairedFrames = sessionFrames(polkaFailBreakLand);
const repairedMarks = repairMarks(polka, polkaFailBreakLand);

/** One element per line, indented by depth, so a diff shows what moved. */
function pretty(markup: string): string {
  let depth = 0;
  const lines: string[] = [];
  for (const token of markup.split(/(?=<)/)) {
    if (token.startsWith('</')) depth--;
    lines.push('  '.repeat(Math.max(0, depth)) + token.trim());
    if (!token.startsWith('</') && !token.endsWith('/>')) depth++;
  }
  return `${lines.join('\n')}\n`;
}

function svgOf(element: ReactElement): string {
  const { container } = render(element);
  return pretty(container.querySelector('svg[role="img"]')!.outerHTML);
}

describe('the score chart’s SVG', () => {
  it('escalates to flooding (Protest Polka, seed 7, turn 57)', async () => {
    await expect(
      svgOf(
        <ScoreChart
          map={polka}
          frames={escalatingFrames}
          currentIndex={escalatingFrames.length - 1}
          repairs={[]}
          width={720}
        />,
      ),
    ).toMatchFileSnapshot('./__snapshots__/scoreChart-escalating.svg');
  });

  it('repair fails, then a break, then a repair lands (narrow screen)', async () => {
    await expect(
      svgOf(
        <ScoreChart
          map={polka}
          frames={repairedFrames}
          currentIndex={repairedFrames.length - 1}
          repairs={repairedMarks}
          width={360}
        />,
      ),
    ).toMatchFileSnapshot('./__snapshots__/scoreChart-repaired-narrow.svg');
  });

  it('draws the same dance without repair faintly beside the repaired one', async () => {
    await expect(
      svgOf(
        <ScoreChart
          map={polka}
          frames={repairedFrames}
          currentIndex={repairedFrames.length - 1}
          repairs={repairedMarks}
          width={720}
          baseline={escalatingFrames}
        />,
      ),
    ).toMatchFileSnapshot('./__snapshots__/scoreChart-repaired-baseline.svg');
  });

  it('shows the future faded behind turn 20', async () => {
    await expect(
      svgOf(
        <ScoreChart
          map={polka}
          frames={repairedFrames}
          currentIndex={20}
          repairs={repairedMarks}
          width={720}
          showFuture
        />,
      ),
    ).toMatchFileSnapshot('./__snapshots__/scoreChart-future.svg');
  });
});
