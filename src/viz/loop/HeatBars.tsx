/** Three rising bars, filled up to the escalation level: the heat as a shape, beside its word. */
interface HeatBarsProps {
  /** 0 (calm) … 3 (deep in the cycle). */
  readonly level: number;
}

export function HeatBars({ level }: HeatBarsProps) {
  return (
    <svg
      className="dance-loop-heat-bars"
      viewBox="0 0 22 18"
      width="22"
      height="18"
      aria-hidden="true"
    >
      {[0, 1, 2].map((i) => (
        <rect
          key={i}
          x={i * 8}
          y={12 - i * 5}
          width={6}
          height={6 + i * 5}
          rx={1}
          data-filled={i < level}
        />
      ))}
    </svg>
  );
}
