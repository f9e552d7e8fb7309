/** One number of the model as a labelled slider: what it does in words, its value as text, each drag one step of undo. */
import { useId } from 'react';
import type { SliderText } from './sliderFormats';

interface SettingSliderProps {
  readonly label: string;
  readonly help: string;
  readonly value: number;
  readonly range: readonly [number, number];
  readonly step: number;
  readonly text: (value: number) => SliderText;
  readonly onValue: (value: number) => void;
  /** Called when the person leaves the slider: their next change is a step of undo of its own. */
  readonly onDone: () => void;
}

/** Removes the float noise of a step (0.1 · 3 = 0.30000000000000004), so the map shows the figure as chosen. */
function onStep(value: number, step: number, min: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number((min + Math.round((value - min) / step) * step).toFixed(decimals + 1));
}

export function SettingSlider({
  label,
  help,
  value,
  range,
  step,
  text,
  onValue,
  onDone,
}: SettingSliderProps) {
  const id = useId();
  // A map may hold a figure outside the slider's usual range; the slider widens to show it.
  const min = Math.min(range[0], value);
  const max = Math.max(range[1], value);
  const { shown, spoken } = text(value);
  return (
    <div className="editor-slider">
      <label className="editor-label" htmlFor={id}>
        {label}
      </label>
      {/* Shown for the eye; a screen reader hears the same through aria-valuetext. */}
      <span className="editor-slider-value" aria-hidden="true">
        {shown}
      </span>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={spoken}
        aria-describedby={`${id}-help`}
        onChange={(event) => {
          const next = onStep(event.target.valueAsNumber, step, min);
          if (Number.isFinite(next) && next !== value) onValue(Math.min(max, Math.max(min, next)));
        }}
        onBlur={onDone}
      />
      <span className="editor-question" id={`${id}-help`}>
        {help}
      </span>
    </div>
  );
}
