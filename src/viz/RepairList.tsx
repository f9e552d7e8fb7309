/** One partner's repair moves: the catalogue name (or the couple's own label) and the words they would use. */
import { useId } from 'react';
import { REPAIR_CATALOGUE, repairId, repairLabel } from '../core';
import type { Partner, RepairMove } from '../core';

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
              <span className="repair-label">{repairLabel(repair)}</span>
              {repair.kind === 'custom' && (
                <span className="repair-acts-like">
                  {' '}
                  (works like {REPAIR_CATALOGUE[repair.actsLike].label})
                </span>
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
