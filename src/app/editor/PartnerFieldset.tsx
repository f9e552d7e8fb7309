/** Everything about one partner, in the order a therapist walks the cycle: who they are, their steps, what lies below the line, and their repairs. */
import { memo, useId } from 'react';
import { BELOW_THE_LINE, LIMITS, type MapEdit, type Partner } from '../../core';
import { Term } from '../../viz/glossary/Term';
import { TheLine } from '../../viz/TheLine';
import { useDispatch } from '../actions/useActions';
import { ATTACHMENT_CHOICES, ATTACHMENT_NOTE, POSITION_CHOICES } from './choiceWords';
import { LayerField } from './LayerField';
import { PartnerRepairs } from './PartnerRepairs';
import { RadioGroup } from './RadioGroup';
import { StepSequence } from './StepSequence';
import { TextField } from './TextField';

interface PartnerFieldsetProps {
  readonly partner: Partner;
  readonly index: 0 | 1;
}

export const PartnerFieldset = memo(function PartnerFieldset({
  partner,
  index,
}: PartnerFieldsetProps) {
  const run = useDispatch();
  const repairsId = useId();
  const number = `Partner ${index + 1}`;
  const choose = (edit: MapEdit) => {
    run('edit', edit);
    // Each choice is a step of undo of its own, even two in a row.
    run('endEdit', undefined);
  };
  return (
    <fieldset className="editor-partner" data-partner={index}>
      <legend>
        {number}: {partner.name}
      </legend>
      <div className="editor-who">
        <TextField
          label="Name"
          value={partner.name}
          maxLength={LIMITS.nameChars}
          required={{
            where: `${number}’s name`,
            message: 'Give this partner a name — a first name or a nickname is enough.',
          }}
          onText={(name) => run('edit', { kind: 'setName', partner: index, name })}
        />
        <TextField
          label="Pronoun (optional)"
          value={partner.pronoun ?? ''}
          maxLength={LIMITS.pronounChars}
          placeholder="e.g. she/her, he/him, they/them"
          onText={(pronoun) =>
            run('edit', {
              kind: 'setPronoun',
              partner: index,
              pronoun: pronoun.trim() === '' ? '' : pronoun,
            })
          }
        />
      </div>
      <RadioGroup
        legend="Position in the dance"
        choices={POSITION_CHOICES}
        value={partner.position}
        onChoose={(position) => choose({ kind: 'setPosition', partner: index, position })}
      />
      <RadioGroup
        legend="Attachment tendency (optional)"
        choices={ATTACHMENT_CHOICES}
        value={partner.attachment}
        note={ATTACHMENT_NOTE}
        onChoose={(attachment) => choose({ kind: 'setAttachment', partner: index, attachment })}
      />
      <p className="editor-note">
        In plain words: <Term id="pursuer-withdrawer">positions in the dance</Term> and{' '}
        <Term id="attachment">attachment</Term>.
      </p>
      <h3 className="editor-side">Above the line: what {partner.name} shows</h3>
      <p className="editor-note">
        The steps the other partner sees, in the order they happen. Add a step of {partner.name}’s
        own wherever the dance needs one.
      </p>
      <StepSequence partner={partner} index={index} />
      <TheLine />
      <h3 className="editor-side">Below the line: what stays hidden</h3>
      <p className="editor-note">
        What {partner.name} feels underneath, and what a repair reaches for.
      </p>
      <div className="editor-below">
        {BELOW_THE_LINE.map((layer) => (
          <LayerField
            key={layer}
            partner={index}
            layer={layer}
            text={partner.layers[layer]}
            position={partner.position}
          />
        ))}
      </div>
      <h3 className="editor-side" id={repairsId} tabIndex={-1}>
        {partner.name}’s repairs: ways back
      </h3>
      <PartnerRepairs partner={partner} index={index} headingId={repairsId} />
    </fieldset>
  );
});
