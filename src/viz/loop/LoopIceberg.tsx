/** What lies under one partner's side of the dance: primary emotion, attachment fear and longing. */
import { memo } from 'react';
import type { BelowLayout } from './loopBelow';
import type { LoopMetrics } from './loopMetrics';
import { spacedLines } from './wrapText';

interface LoopIcebergProps {
  readonly below: BelowLayout;
  readonly metrics: LoopMetrics;
  readonly name: string;
  readonly onShow: (key: string | null) => void;
}

/** Key of a below-the-line entry for the callout, e.g. `below:0:longing`. */
export function belowKey(partner: 0 | 1, layer: string): string {
  return `below:${partner}:${layer}`;
}

export const LoopIceberg = memo(function LoopIceberg({
  below,
  metrics: m,
  name,
  onShow,
}: LoopIcebergProps) {
  return (
    <g
      className="dance-loop-iceberg"
      role="list"
      aria-label={`${name}, below the line`}
      data-partner={below.partner}
    >
      <path className="dance-loop-iceberg-shape" d={below.shape} aria-hidden="true" />
      {below.entries.map((entry) => {
        const key = belowKey(below.partner, entry.layer);
        // Only a layer cut short takes focus: its full words then show beside it.
        const show = entry.truncated ? () => onShow(key) : undefined;
        const hide = entry.truncated ? () => onShow(null) : undefined;
        return (
          <g
            key={entry.layer}
            className="dance-loop-below"
            role="listitem"
            aria-label={`${entry.label}: ${entry.text}`}
            tabIndex={entry.truncated ? 0 : undefined}
            data-layer={entry.layer}
            data-truncated={entry.truncated}
            data-unexplored={entry.unexplored}
            onFocus={show}
            onBlur={hide}
            onMouseEnter={show}
            onMouseLeave={hide}
          >
            {entry.truncated && (
              <rect
                className="dance-loop-focus"
                x={entry.box.x}
                y={entry.box.y}
                width={entry.box.width}
                height={entry.box.height}
                rx={6}
              />
            )}
            <g aria-hidden="true">
              <text
                className="dance-loop-caption"
                x={below.textX}
                y={entry.labelY}
                fontSize={m.captionFont}
              >
                {entry.label.toUpperCase()}
              </text>
              <text className="dance-loop-words" fontSize={m.font}>
                {spacedLines(entry.lines, 'start').map((line, i) => (
                  <tspan key={i} x={below.textX} y={entry.lineYs[i]}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          </g>
        );
      })}
    </g>
  );
});
