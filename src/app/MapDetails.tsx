/** A map's dance and everything it says: the dance playing, its notes, both partners' sides, the loop in words and the repairs. */
import type { CycleMap } from '../core';
import { LoopInWords } from '../viz/LoopInWords';
import { NotesText } from '../viz/NotesText';
import { PartnerColumn } from '../viz/PartnerColumn';
import { RepairList } from '../viz/RepairList';
import { DanceView } from './dance/DanceView';

export function MapDetails({ map }: { readonly map: CycleMap }) {
  const [first, second] = map.partners;
  return (
    <>
      <DanceView key={`${map.id}@${map.updated}`} />
      <NotesText notes={map.notes} />
      <section className="both-partners" aria-labelledby="both-partners-heading">
        <h2 id="both-partners-heading">Each partner’s side</h2>
        <div className="partner-columns">
          <PartnerColumn partner={first} partnerIndex={0} />
          <PartnerColumn partner={second} partnerIndex={1} />
        </div>
      </section>
      <LoopInWords partners={map.partners} />
      <section className="repairs" aria-labelledby="repairs-heading">
        <h2 id="repairs-heading">Ways back to each other</h2>
        <div className="partner-columns">
          <RepairList partner={first} partnerIndex={0} />
          <RepairList partner={second} partnerIndex={1} />
        </div>
      </section>
    </>
  );
}
