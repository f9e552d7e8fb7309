/** One partner's dynamics as sliders, with a way back to the defaults for their position and tendency. */
import { memo, useId } from 'react';
import type { Partner } from '../../core';
import { Term } from '../../viz/glossary/Term';
import { useDispatch } from '../actions/useActions';
import { DYNAMICS_SLIDERS, dynamicsRange } from './dynamicsSliders';
import { SettingSlider } from './SettingSlider';

interface DynamicsSettingsProps {
  readonly partner: Partner;
  readonly index: 0 | 1;
}

export const DynamicsSettings = memo(function DynamicsSettings({
  partner,
  index,
}: DynamicsSettingsProps) {
  const run = useDispatch();
  const noteId = useId();
  const { dynamics, name } = partner;
  return (
    <fieldset className="editor-settings" data-partner={index}>
      <legend>How {name} moves in the dance</legend>
      <p className="editor-note">
        In plain words: <Term id="inertia">emotional inertia</Term>,{' '}
        <Term id="set-point">set point</Term>, <Term id="influence">influence</Term> and{' '}
        <Term id="flooding">flooding</Term>.
      </p>
      {DYNAMICS_SLIDERS.map((slider) => (
        <SettingSlider
          key={slider.key}
          label={slider.label}
          help={slider.help}
          value={dynamics[slider.key]}
          range={dynamicsRange(slider.key, dynamics)}
          step={slider.step}
          text={slider.text}
          onValue={(value) =>
            run('edit', { kind: 'setDynamics', partner: index, key: slider.key, value })
          }
          onDone={() => run('endEdit', undefined)}
        />
      ))}
      <button
        type="button"
        aria-label={`Reset to defaults for ${name}`}
        aria-describedby={noteId}
        onClick={() => {
          run('edit', { kind: 'resetDynamics', partner: index });
          run('endEdit', undefined);
        }}
      >
        Reset to defaults
      </button>
      <p className="editor-note" id={noteId}>
        The defaults follow the position and attachment tendency chosen for {name} above.
      </p>
    </fieldset>
  );
});
