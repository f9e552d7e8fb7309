/** One of the couple's own repairs: its name, the standard repair it acts like, its words, and a way to remove it. */
import { memo, useId } from 'react';
import { LIMITS, type CustomRepair } from '../../core';
import { useDispatch } from '../actions/useActions';
import { ActsLikeSelect } from './ActsLikeSelect';
import { RepairWordsField } from './RepairWordsField';
import { TextField } from './TextField';

interface OwnRepairItemProps {
  readonly partner: 0 | 1;
  readonly name: string;
  readonly repair: CustomRepair;
  /** Where focus goes once this repair is removed. */
  readonly afterRemoveFocus: string;
}

export const OwnRepairItem = memo(function OwnRepairItem({
  partner,
  name,
  repair,
  afterRemoveFocus,
}: OwnRepairItemProps) {
  const run = useDispatch();
  const labelId = useId();
  const set = (label: string, actsLike = repair.actsLike) =>
    run('edit', { kind: 'setOwnRepair', partner, id: repair.id, label, actsLike });
  return (
    <div className="editor-own-repair" role="group" aria-labelledby={labelId}>
      <p className="editor-own-repair-name" id={labelId}>
        {repair.label}
      </p>
      <TextField
        label="Name of this repair"
        value={repair.label}
        maxLength={LIMITS.repairLabelChars}
        required={{
          where: `The name of ${name}’s own repair`,
          message: 'Give this repair a name, e.g. “tea truce” — or remove it.',
        }}
        onText={(label) => set(label)}
      />
      <ActsLikeSelect
        value={repair.actsLike}
        of={repair.label}
        onChoose={(kind) => {
          set(repair.label, kind);
          run('endEdit', undefined);
        }}
      />
      <RepairWordsField
        partner={partner}
        repair={repair.id}
        label={`In ${name}’s words (optional)`}
        words={repair.words ?? ''}
      />
      <button
        type="button"
        aria-label={`Remove ${repair.label}`}
        onClick={() => {
          run('edit', { kind: 'removeOwnRepair', partner, id: repair.id });
          run('endEdit', undefined);
          document.getElementById(afterRemoveFocus)?.focus();
        }}
      >
        Remove
      </button>
    </div>
  );
});
