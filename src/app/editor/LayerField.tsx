/** One layer of a partner's cycle as a field: its label, the worksheet's question, an example and words to pick. */
import { memo } from 'react';
import { LAYER_INFO, LIMITS, type Layer, type Position } from '../../core';
import {
  COMBINING_LAYERS,
  LAYER_EXAMPLES,
  layerSuggestions,
} from '../../core/document/suggestions';
import { useDispatch } from '../actions/useActions';
import { TextField } from './TextField';

interface LayerFieldProps {
  readonly partner: 0 | 1;
  readonly layer: Layer;
  readonly text: string;
  /** The partner's position, so the moves they tend to make are offered first. */
  readonly position: Position;
}

export const LayerField = memo(function LayerField({
  partner,
  layer,
  text,
  position,
}: LayerFieldProps) {
  const run = useDispatch();
  const { label, question } = LAYER_INFO[layer];
  return (
    <TextField
      label={label}
      value={text}
      maxLength={LIMITS.layerChars}
      multiline
      description={question}
      placeholder={`e.g. “${LAYER_EXAMPLES[layer]}”`}
      emptyNote="Not explored yet — that’s fine; come back to it when you’re ready."
      suggestions={{
        words: layerSuggestions(layer, position),
        combine: COMBINING_LAYERS.includes(layer),
        label: `Ideas for the ${label.toLowerCase()}`,
      }}
      onText={(next) => run('edit', { kind: 'setLayer', partner, layer, text: next })}
    />
  );
});
