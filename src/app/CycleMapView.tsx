/** One cycle map: the dance playing, its notes, both partners above and below the line, the loop in words, and their repairs. */
import { useEffect, useRef } from 'react';
import { serializeCycleMap } from '../core';
import type { CycleMap } from '../core';
import { downloadText } from '../storage/downloadText';
import { DanceView } from './dance/DanceView';
import { LoopInWords } from '../viz/LoopInWords';
import { NotesText } from '../viz/NotesText';
import { PartnerColumn } from '../viz/PartnerColumn';
import { RepairList } from '../viz/RepairList';

interface CycleMapViewProps {
  readonly map: CycleMap;
  readonly onBack: () => void;
}

export function CycleMapView({ map, onBack }: CycleMapViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The view replaces the list; moving focus tells keyboard and screen-reader users where they are.
    heading.current?.focus();
  }, [map]);
  const [first, second] = map.partners;
  return (
    <article className="cycle-map-view">
      <div className="map-actions">
        <button type="button" onClick={onBack}>
          Back to all cycles
        </button>
        <button
          type="button"
          onClick={() => downloadText(`${map.id}.cyclemap.json`, serializeCycleMap(map))}
        >
          Download map
        </button>
      </div>
      <h1 ref={heading} tabIndex={-1}>
        {map.title}
      </h1>
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
    </article>
  );
}
