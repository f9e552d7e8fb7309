/** The noise-free trajectory on the phase plane: its start (a square), its path and where it ends (a dot), drawn turn by turn when placed. */
import { useRef } from 'react';
import type { Trajectory } from '../../core';
import { trajectoryPath } from '../../viz/dynamics/planePaths';
import type { PlaneScales } from '../../viz/dynamics/planeScales';
import { useDrawnTrajectory } from './useDrawnTrajectory';

interface TrajectoryLineProps {
  readonly scales: PlaneScales;
  readonly path: Trajectory;
  readonly placement: number;
  readonly reducedMotion: boolean;
}

export function TrajectoryLine({ scales, path, placement, reducedMotion }: TrajectoryLineProps) {
  const line = useRef<SVGPathElement>(null);
  const head = useRef<SVGCircleElement>(null);
  useDrawnTrajectory(line, head, scales, path, placement, reducedMotion);
  const start = path.points[0]!;
  const end = path.points[path.points.length - 1]!;
  return (
    // Read out as a sentence under the plane (and announced when placed), not as a drawing.
    <g
      className="trajectory"
      data-ending={path.ending}
      data-update={path.update}
      aria-hidden="true"
    >
      <path
        ref={line}
        className="trajectory-line"
        d={trajectoryPath(scales, path.points, path.update)}
      />
      <rect
        className="trajectory-start"
        x={scales.x(start[0]) - 5}
        y={scales.y(start[1]) - 5}
        width={10}
        height={10}
      />
      <circle
        ref={head}
        className="trajectory-end"
        cx={scales.x(end[0])}
        cy={scales.y(end[1])}
        r={4}
      />
    </g>
  );
}
