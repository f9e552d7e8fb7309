/** The simulation's settings as groups of sliders: the talk, how repairs land, how a dance ends, a therapist in the room. */
import { memo } from 'react';
import { DEFAULT_SIMULATION, type SimulationSettings } from '../../core';
import { useDispatch } from '../actions/useActions';
import { SettingSlider } from './SettingSlider';
import { SIMULATION_GROUPS } from './simulationSliders';

interface SimulationSettingsFieldsProps {
  readonly settings: SimulationSettings;
}

export const SimulationSettingsFields = memo(function SimulationSettingsFields({
  settings,
}: SimulationSettingsFieldsProps) {
  const run = useDispatch();
  const done = () => run('endEdit', undefined);
  return (
    <>
      {SIMULATION_GROUPS.map((group) => (
        <fieldset key={group.legend} className="editor-settings">
          <legend>{group.legend}</legend>
          {group.sliders.map((slider) => (
            <SettingSlider
              key={slider.key}
              label={slider.label}
              help={slider.help}
              value={slider.get(settings)}
              range={slider.range}
              step={slider.step}
              text={slider.text}
              onValue={(value) =>
                run('edit', { kind: 'setSimulation', simulation: slider.set(settings, value) })
              }
              onDone={done}
            />
          ))}
        </fieldset>
      ))}
      <button
        type="button"
        aria-label="Reset to defaults for the talk and the repairs"
        onClick={() => {
          run('edit', { kind: 'setSimulation', simulation: DEFAULT_SIMULATION });
          done();
        }}
      >
        Reset to defaults
      </button>
    </>
  );
});
