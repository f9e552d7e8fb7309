/** The chart's repair marks, read off a dance session: one per REPAIR event, labelled as the map names it. */
import { repairLabelOf, type CycleMap, type DanceSession } from '../../core';
import type { RepairMark } from './chartLayout';

/**
 * Each mark sits at the snapshot that shows the repair's result; a custom repair keeps the
 * couple's own label, a built-in one the catalogue's.
 *
 * @example
 * <ScoreChart map={map} frames={sessionFrames(session)} repairs={repairMarks(map, session)} … />
 */
export function repairMarks(map: CycleMap, session: DanceSession): RepairMark[] {
  return session.events.flatMap((event, i) => {
    const note = session.snapshots[i + 1]?.context.lastRepair;
    if (event.type !== 'REPAIR' || note == null) return [];
    const label = repairLabelOf(map.partners[note.by], note.repair);
    return [{ index: i + 1, by: note.by, label, outcome: note.outcome }];
  });
}
