/**
 * One partner's repair moves: the catalogue name (or the couple's own label) and the words they
 * would use; a catalogue name a couple may not know links to its glossary entry.
 */
import { useId, type ReactNode } from 'react';
import { REPAIR_CATALOGUE, repairId, repairLabel } from '../core';
import type { Partner, RepairKind, RepairMove } from '../core';
import type { GlossaryId } from './glossary/glossaryTerms';
import { Term } from './glossary/Term';

/** The catalogue repairs whose names the glossary explains. */
const GLOSSED: Partial<Record<RepairKind, GlossaryId>> = {
  areResponse: 'are',
  selfSoothingBreak: 'self-soothing-break',
};

/** A catalogue repair's name, linked to the glossary where it has an entry. */
function kindName(kind: RepairKind): ReactNode {
  const term = GLOSSED[kind];
  const label = REPAIR_CATALOGUE[kind].label;
  return term === undefined ? label : <Term id={term}>{label}</Term>;
}

interface RepairListProps {
  readonly partner: Partner;
  readonly partnerIndex: 0 | 1;
}

export function RepairList({ partner, partnerIndex }: RepairListProps) {
  const headingId = useId();
  return (
    <section className="repair-list" data-partner={partnerIndex} aria-labelledby={headingId}>
      <h3 id={headingId}>{partner.name}’s repair moves</h3>
      {partner.repairs.length === 0 ? (
        <p className="repair-none">No repair moves written down yet.</p>
      ) : (
        <ul>
          {partner.repairs.map((repair, index) => (
            <li key={`${repairId(repair)}-${index}`} className="repair" data-kind={repair.kind}>
              <span className="repair-label">
                {repair.kind === 'custom' ? repairLabel(repair) : kindName(repair.kind)}
              </span>
              {repair.kind === 'custom' && (
                <span className="repair-acts-like"> (works like {kindName(repair.actsLike)})</span>
              )}
              {repair.words !== undefined && repair.words.trim() !== '' ? (
                <p className="repair-words">{repair.words}</p>
              ) : (
                <p className="repair-description">{repairDescription(repair)}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function repairDescription(repair: RepairMove): string {
  return REPAIR_CATALOGUE[repair.kind === 'custom' ? repair.actsLike : repair.kind].description;
}
