/** The repairs tried in the dance, read off the session: one mark per REPAIR event, labelled as the map names it. */
import {
  repairLabelOf,
  type CycleMap,
  type DanceSession,
  type PartnerIndex,
  type RepairNote,
} from '../../core';
import type { StudioSnapshot } from '../studio';
import { danceOf } from './dance';

/** A repair tried during the dance. `index` is the frame that shows its result. */
export interface RepairMark {
  readonly index: number;
  readonly by: PartnerIndex;
  readonly label: string;
  readonly outcome: RepairNote['outcome'];
}

/**
 * Each mark sits at the snapshot that shows the repair's result; a custom repair keeps the
 * couple's own label, a built-in one the catalogue's.
 *
 * @example
 * repairMarks(map, session); // [{ index: 2, by: 0, label: 'Soft reach', outcome: 'landed' }]
 */
export function repairMarks(map: CycleMap, session: DanceSession): RepairMark[] {
  return session.events.flatMap((event, i) => {
    const note = session.snapshots[i + 1]?.context.lastRepair;
    if (event.type !== 'REPAIR' || note == null) return [];
    const label = repairLabelOf(map.partners[note.by], note.repair);
    return [{ index: i + 1, by: note.by, label, outcome: note.outcome }];
  });
}

const marksCache = new WeakMap<DanceSession, readonly RepairMark[]>();
/** No dance, no marks: one array, the same every time (selectors must be stable). */
const NO_MARKS: readonly RepairMark[] = Object.freeze([]);

/** The repairs tried in the dance being played (the same array while the session is the same). */
export function repairMarksOf(s: StudioSnapshot): readonly RepairMark[] {
  const dance = danceOf(s);
  if (dance === null) return NO_MARKS;
  let marks = marksCache.get(dance.session);
  if (marks === undefined)
    marksCache.set(dance.session, (marks = repairMarks(dance.map, dance.session)));
  return marks;
}
