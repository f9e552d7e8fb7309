/** The vector field on the phase plane: a short arrow on a grid, pointing where one noise-free turn moves the two scores. */
import type { ModelParameters, UpdateOrder } from '../../core';
import type { PlaneScales } from '../../viz/dynamics/planeScales';
import { vectorField } from '../../viz/dynamics/vectorField';

interface VectorFieldArrowsProps {
  readonly scales: PlaneScales;
  readonly p0: ModelParameters;
  readonly p1: ModelParameters;
  readonly update: UpdateOrder;
}

export function VectorFieldArrows({ scales, p0, p1, update }: VectorFieldArrowsProps) {
  return (
    <g className="vector-field" aria-hidden="true">
      {vectorField(scales, p0, p1, update).map((arrow) => (
        <line
          key={arrow.key}
          x1={arrow.x1}
          y1={arrow.y1}
          x2={arrow.x2}
          y2={arrow.y2}
          markerEnd="url(#dynamics-field-arrow)"
        />
      ))}
    </g>
  );
}
