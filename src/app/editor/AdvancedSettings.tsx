/** The numbers behind the dance, closed until wanted: each partner's dynamics and the simulation's settings. */
import { useState } from 'react';
import type { CycleMap } from '../../core';
import { DynamicsSettings } from './DynamicsSettings';
import { SimulationSettingsFields } from './SimulationSettingsFields';

interface AdvancedSettingsProps {
  readonly map: CycleMap;
}

export function AdvancedSettings({ map }: AdvancedSettingsProps) {
  const [first, second] = map.partners;
  // Forty-odd sliders are drawn only while open, so typing elsewhere does not redraw them.
  const [open, setOpen] = useState(false);
  return (
    <details className="editor-advanced" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Advanced: the numbers behind the dance</summary>
      {open && (
        <>
          <p className="editor-humility">
            These figures are illustrations, not measurements: they shape how the dance plays here,
            and no one can read them off a real couple. The form of the model comes from research on
            coded conversations in a lab; most of the numbers are choices (see the model’s notes).
          </p>
          <div className="editor-columns">
            <DynamicsSettings partner={first} index={0} />
            <DynamicsSettings partner={second} index={1} />
          </div>
          <SimulationSettingsFields settings={map.simulation} />
        </>
      )}
    </details>
  );
}
