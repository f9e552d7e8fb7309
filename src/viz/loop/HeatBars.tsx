/**
 * Three bars filled up to the dance's level, beside its word: rising from the floor as a hot dance
 * escalates, hanging down like icicles as a cold one goes quiet — the shape differs, not only the colour.
 */
import type { LoopRegister } from './loopReading';

interface HeatBarsProps {
  /** 0 (calm) … 3 (deep in the cycle, or frozen). */
  readonly level: number;
  readonly register?: LoopRegister;
}

export function HeatBars({ level, register = 'hot' }: HeatBarsProps) {
  const cold = register === 'cold';
  return (
    <svg
      className="dance-loop-heat-bars"
      viewBox="0 0 22 18"
      width="22"
      height="18"
      aria-hidden="true"
      data-register={register}
    >
      {cold && <line className="dance-loop-heat-bars-ledge" x1={0} x2={22} y1={0.75} y2={0.75} />}
      {[0, 1, 2].map((i) => (
        <rect
          key={i}
          x={i * 8}
          y={cold ? 1.5 : 12 - i * 5}
          width={6}
          height={cold ? 5 + i * 5.5 : 6 + i * 5}
          rx={1}
          data-filled={i < level}
        />
      ))}
    </svg>
  );
}
