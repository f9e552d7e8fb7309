/** What each line and mark of the phase plane is, told apart by line style and shape as well as colour. */
import { KIND_MEANING, KIND_SYMBOL } from '../../viz/dynamics/steadyStateShapes';

interface PlaneLegendProps {
  readonly names: readonly [string, string];
  readonly showField: boolean;
}

const KINDS = ['stable', 'saddle', 'unstable'] as const;
const KIND_TITLE = { stable: 'Stable', saddle: 'Saddle', unstable: 'Unstable' } as const;

export function PlaneLegend({ names, showField }: PlaneLegendProps) {
  return (
    <ul className="plane-legend" aria-label="Key to the phase plane">
      {names.map((name, partner) => (
        <li key={partner} data-partner={partner}>
          <svg className="legend-swatch" viewBox="0 0 32 12" aria-hidden="true">
            <line className="nullcline" data-partner={partner} x1={1} y1={6} x2={31} y2={6} />
          </svg>
          {name}’s nullcline ({partner === 0 ? 'solid' : 'dashed'}): where {name}’s score holds
          still, for each score of the other
        </li>
      ))}
      {KINDS.map((kind) => (
        <li key={kind} data-kind={kind}>
          <span className="legend-symbol" aria-hidden="true">
            {KIND_SYMBOL[kind]}
          </span>
          {KIND_TITLE[kind]} steady state: {KIND_MEANING[kind]}
        </li>
      ))}
      <li>
        <span className="legend-symbol" aria-hidden="true">
          ■
        </span>
        The start you place, and the trajectory from it to a dot where it ends
      </li>
      {showField && (
        <li>
          <span className="legend-symbol" aria-hidden="true">
            →
          </span>
          Vector field: which way one turn moves the two scores from each point (direction only)
        </li>
      )}
    </ul>
  );
}
