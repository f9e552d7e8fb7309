/** A repair in a partner's own words: what they would say or do when they reach for the other. */
import { memo } from 'react';
import { LIMITS } from '../../core';
import { useDispatch } from '../actions/useActions';
import { TextField } from './TextField';

interface RepairWordsFieldProps {
  readonly partner: 0 | 1;
  /** The catalogue kind or the couple's own repair id. */
  readonly repair: string;
  readonly label: string;
  readonly words: string;
  /** What the repair is, read with the field. */
  readonly description?: string;
  readonly disabledReason?: string;
}

export const RepairWordsField = memo(function RepairWordsField({
  partner,
  repair,
  label,
  words,
  description,
  disabledReason,
}: RepairWordsFieldProps) {
  const run = useDispatch();
  return (
    <TextField
      label={label}
      value={words}
      maxLength={LIMITS.repairWordsChars}
      multiline
      description={description}
      disabled={disabledReason !== undefined}
      disabledReason={disabledReason}
      // Spaces alone are no words: the repair stays in the palette without any.
      onText={(text) =>
        run('edit', {
          kind: 'setRepairWords',
          partner,
          repair,
          words: text.trim() === '' ? '' : text,
        })
      }
    />
  );
});
