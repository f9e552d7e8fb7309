/** One step on the loop: its numbered node, the partner's words beside it, and its repair-window badge. */
import { memo } from 'react';
import { badgeLayout } from './loopBadge';
import type { LoopMetrics } from './loopMetrics';
import type { StepLayout } from './loopSteps';
import type { StepBadge } from './loopWords';
import { spacedLines } from './wrapText';

interface LoopStepProps {
  readonly step: StepLayout;
  readonly metrics: LoopMetrics;
  /** The accessible name, also the native tooltip: "Theo, step 2 of 5, perception: …". */
  readonly label: string;
  readonly current: boolean;
  readonly badge: StepBadge | null;
  readonly onShow: (key: string | null) => void;
}

/**
 * Redrawn only when what it shows changes: a turn moves "now" from one step to the next, so the
 * other steps are left alone. (A step's layout and metrics come from the loop's layout, its badge
 * from the round's figures: the same objects until the loop is laid out again or the round
 * changes.)
 */
export const LoopStep = memo(function LoopStep({
  step,
  metrics: m,
  label,
  current,
  badge,
  onShow,
}: LoopStepProps) {
  const r = m.nodeRadius;
  const show = () => onShow(step.key);
  const hide = () => onShow(null);
  const caption = `${step.caption.toUpperCase()}${current ? ' · NOW' : ''}`;
  const pill = badge === null ? null : badgeLayout(step, m, badge);
  return (
    <g
      className="dance-loop-step"
      role="listitem"
      tabIndex={0}
      aria-label={label}
      aria-current={current ? 'step' : undefined}
      data-partner={step.partner}
      data-step={step.id}
      data-current={current}
      data-best={badge?.best === true}
      data-truncated={step.truncated}
      data-unexplored={step.unexplored}
      onFocus={show}
      onBlur={hide}
      onMouseEnter={show}
      onMouseLeave={hide}
    >
      <title>{label}</title>
      {current && (
        <rect
          className="dance-loop-now-box"
          x={step.labelBox.x}
          y={step.labelBox.y}
          width={step.labelBox.width}
          height={step.labelBox.height}
          rx={8}
        />
      )}
      <rect
        className="dance-loop-focus"
        x={step.box.x}
        y={step.box.y}
        width={step.box.width}
        height={step.box.height}
        rx={8}
      />
      <g aria-hidden="true">
        {badge?.best === true && (
          <circle className="dance-loop-best-ring" cx={step.x} cy={step.y} r={r + 8} />
        )}
        {current && <circle className="dance-loop-now-ring" cx={step.x} cy={step.y} r={r + 5} />}
        {step.partner === 0 ? (
          <circle className="dance-loop-node" cx={step.x} cy={step.y} r={r} />
        ) : (
          <rect
            className="dance-loop-node"
            x={step.x - r}
            y={step.y - r}
            width={2 * r}
            height={2 * r}
            rx={r * 0.35}
          />
        )}
        <text
          className="dance-loop-node-number"
          x={step.x}
          y={step.y + m.captionFont * 0.36}
          fontSize={m.captionFont + 1}
          textAnchor="middle"
        >
          {step.index + 1}
        </text>
        <text
          className="dance-loop-caption"
          x={step.labelX}
          y={step.captionY}
          fontSize={m.captionFont}
          textAnchor={step.anchor}
        >
          {caption}
        </text>
        <text className="dance-loop-words" fontSize={m.font} textAnchor={step.anchor}>
          {spacedLines(step.lines, step.anchor).map((line, i) => (
            <tspan key={i} x={step.labelX} y={step.lineYs[i]}>
              {line}
            </tspan>
          ))}
        </text>
        {pill !== null && (
          <g className="dance-loop-badge" data-best={pill.best}>
            <rect
              x={pill.x}
              y={pill.y}
              width={pill.width}
              height={pill.height}
              rx={pill.height / 2}
            />
            <text x={pill.textX} y={pill.textY} fontSize={pill.fontSize} textAnchor="middle">
              {pill.text}
            </text>
          </g>
        )}
      </g>
    </g>
  );
});
