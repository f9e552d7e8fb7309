/** One partner's eight model figures as the editor's labelled sliders; each drag is one step of undo. */
import { memo } from 'react';
import type { Dynamics } from '../../core';
import { dynamicsRange } from '../editor/dynamicsSliders';
import { SettingSlider } from '../editor/SettingSlider';
import { MODEL_SLIDERS, type ModelFigure } from './modelFigures';

interface FigureSlidersProps {
  readonly partner: 0 | 1;
  readonly name: string;
  readonly dynamics: Dynamics;
  readonly onFigure: (partner: 0 | 1, figure: ModelFigure, value: number) => void;
  readonly onDone: () => void;
}

export const FigureSliders = memo(function FigureSliders({
  partner,
  name,
  dynamics,
  onFigure,
  onDone,
}: FigureSlidersProps) {
  return (
    <fieldset className="editor-settings dynamics-sliders" data-partner={partner}>
      <legend>How {name} moves: the model’s figures</legend>
      {MODEL_SLIDERS.map((slider) => (
        <SettingSlider
          key={slider.key}
          label={slider.label}
          help={slider.help}
          value={dynamics[slider.key]}
          range={dynamicsRange(slider.key, dynamics)}
          step={slider.step}
          text={slider.text}
          onValue={(value) => onFigure(partner, slider.key, value)}
          onDone={onDone}
        />
      ))}
    </fieldset>
  );
});
