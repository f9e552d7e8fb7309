/** A partner's repairs: the seven standard ones, each in their own words if they like, then the couple's own. */
import { useId } from 'react';
import { LIMITS, REPAIR_CATALOGUE, REPAIR_KINDS, type Partner, type RepairKind } from '../../core';
import { AddOwnRepair } from './AddOwnRepair';
import { OwnRepairItem } from './OwnRepairItem';
import { RepairWordsField } from './RepairWordsField';

interface PartnerRepairsProps {
  readonly partner: Partner;
  readonly index: 0 | 1;
  /** The section's heading, where focus goes when a repair is removed. */
  readonly headingId: string;
}

/** Room is kept for words on all seven standard repairs: the rest of the map's limit is the couple's own. */
const OWN_REPAIRS = LIMITS.repairsPerPartner - REPAIR_KINDS.length;

export function PartnerRepairs({ partner, index, headingId }: PartnerRepairsProps) {
  const addId = useId();
  const { name, repairs } = partner;
  const own = repairs.flatMap((r) => (r.kind === 'custom' ? [r] : []));
  const wordsOf = (kind: RepairKind) => repairs.find((r) => r.kind === kind)?.words ?? '';
  const listed = (kind: RepairKind) => repairs.some((r) => r.kind === kind);
  const atLimit = repairs.length >= LIMITS.repairsPerPartner;
  const fullReason =
    own.length >= OWN_REPAIRS || atLimit
      ? `${name} has ${own.length} repairs of their own, the most a map holds beside the seven standard ones: more stops being a palette to choose from in a hard moment.`
      : null;

  return (
    <>
      <p className="editor-note">
        Every partner can try all seven standard repairs. Words in {name}’s own voice make them
        theirs; leave any empty to keep the standard wording.
      </p>
      <ul className="editor-repairs">
        {REPAIR_KINDS.map((kind) => (
          <li key={kind}>
            <RepairWordsField
              partner={index}
              repair={kind}
              label={`${REPAIR_CATALOGUE[kind].label}, in ${name}’s words`}
              words={wordsOf(kind)}
              description={REPAIR_CATALOGUE[kind].description}
              disabledReason={
                atLimit && !listed(kind)
                  ? 'To add words here, remove one of the couple’s own repairs first.'
                  : undefined
              }
            />
          </li>
        ))}
      </ul>
      {own.length > 0 && (
        <ul className="editor-repairs" aria-label={`${name}’s own repairs`}>
          {own.map((repair) => (
            <li key={repair.id}>
              <OwnRepairItem
                partner={index}
                name={name}
                repair={repair}
                afterRemoveFocus={headingId}
              />
            </li>
          ))}
        </ul>
      )}
      <AddOwnRepair partner={index} name={name} fullReason={fullReason} fieldId={addId} />
    </>
  );
}
