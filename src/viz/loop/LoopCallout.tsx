/** The full words of a step or layer, shown beside it while it has focus or the pointer. */
import { belowKey } from './LoopIceberg';
import { calloutLayout, type CalloutLayout } from './loopCallout';
import type { LoopLayout } from './loopLayout';
import { spacedLines } from './wrapText';

interface LoopCalloutProps {
  readonly layout: LoopLayout;
  readonly names: readonly [string, string];
  /** Key of the step (`0:perception`) or layer (`below:1:longing`) to show. */
  readonly shown: string;
}

export function LoopCallout({ layout, names, shown }: LoopCalloutProps) {
  const found = calloutFor(layout, names, shown);
  if (found === null) return null;
  const { callout, partner } = found;
  const m = layout.metrics;
  return (
    <g className="dance-loop-callout" role="tooltip" data-partner={partner}>
      <rect x={callout.x} y={callout.y} width={callout.width} height={callout.height} rx={8} />
      <text
        className="dance-loop-callout-title"
        x={callout.x + 12}
        y={callout.titleY}
        fontSize={m.smallFont}
      >
        {callout.title}
      </text>
      <text className="dance-loop-callout-text" fontSize={m.font}>
        {spacedLines(callout.lines, 'start').map((line, i) => (
          <tspan key={i} x={callout.x + 12} y={callout.lineYs[i]}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

function calloutFor(
  layout: LoopLayout,
  names: readonly [string, string],
  shown: string,
): { callout: CalloutLayout; partner: 0 | 1 } | null {
  const step = layout.steps.find((s) => s.key === shown);
  if (step !== undefined) {
    const callout = calloutLayout(
      layout,
      { x: step.x, y: step.y, side: step.partner === 0 ? 'left' : 'right' },
      `${names[step.partner]} · step ${step.index + 1} of ${step.count} · ${step.caption}`,
      step.text,
    );
    return { callout, partner: step.partner };
  }
  for (const below of layout.below) {
    const entry = below.entries.find((e) => belowKey(below.partner, e.layer) === shown);
    if (entry === undefined) continue;
    const left = below.partner === 0;
    const callout = calloutLayout(
      layout,
      {
        x: left ? entry.box.x + entry.box.width : entry.box.x,
        y: entry.box.y + entry.box.height / 2,
        side: left ? 'left' : 'right',
      },
      `${names[below.partner]} · ${entry.label}`,
      entry.text,
    );
    return { callout, partner: below.partner };
  }
  return null;
}
