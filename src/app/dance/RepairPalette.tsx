/** The repairs each partner can try, from the map; choosing one sends REPAIR to the dance. */
import { memo } from 'react';
import { repairsOf, type CycleMap, type PartnerIndex } from '../../core';

interface RepairPaletteProps {
  readonly map: CycleMap;
  /** False once the dance has ended or is on its repair path. */
  readonly enabled: boolean;
  readonly onRepair: (by: PartnerIndex, kind: string) => void;
  /** The sentence about the last repair tried, if any. */
  readonly message: string | null;
}

export const RepairPalette = memo(function RepairPalette({
  map,
  enabled,
  onRepair,
  message,
}: RepairPaletteProps) {
  return (
    <div
      className="repair-palette"
      role="group"
      aria-label="Repair"
      tabIndex={-1}
      data-palette="repair"
    >
      <h2 className="panel-heading">
        Try a repair <kbd aria-hidden="true">R</kbd>
      </h2>
      <div className="repair-columns">
        {([0, 1] as const).map((by) => (
          <div key={by} className="repair-column" data-partner={by}>
            <h3 className="repair-maker" aria-hidden="true">
              {map.partners[by].name}
            </h3>
            <ul
              className="repair-choices"
              data-partner={by}
              aria-label={`Repairs ${map.partners[by].name} can try`}
            >
              {repairsOf(map.partners[by]).map((repair) => (
                <li key={repair.id}>
                  <button
                    type="button"
                    disabled={!enabled}
                    onClick={() => onRepair(by, repair.id)}
                    title={repair.words}
                    aria-label={`${repair.label} by ${map.partners[by].name}`}
                  >
                    {repair.label}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <p className="repair-message" role="status">
        {message ?? ''}
      </p>
    </div>
  );
});
