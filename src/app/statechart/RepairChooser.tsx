/**
 * What a click on a repair arrow of the statechart asks: whose repair, and which. A reaching arrow
 * offers each partner's reaching repairs; the break's arrow offers each partner's self-soothing
 * break. Choosing one tries it in the dance, as the Repairs drawer does.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import {
  repairInSentence,
  repairsOf,
  type CycleMap,
  type PartnerIndex,
  type SceneEdge,
} from '../../core';

interface RepairChooserProps {
  readonly map: CycleMap;
  readonly edge: SceneEdge;
  /** Where the arrow's label is, in the drawing's pixels at its current zoom. */
  readonly at: { readonly x: number; readonly y: number };
  readonly onChoose: (by: PartnerIndex, kind: string) => void;
  readonly onClose: () => void;
}

/** The repairs an arrow stands for: the break's arrow takes breaks; a reaching arrow the others. */
export function repairsFor(map: CycleMap, edge: SceneEdge, by: PartnerIndex) {
  const isBreak = edge.guard === 'isBreak';
  return repairsOf(map.partners[by]).filter(
    (repair) => (repair.playsAs === 'selfSoothingBreak') === isBreak,
  );
}

export function RepairChooser({ map, edge, at, onChoose, onClose }: RepairChooserProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [edge.id]);
  const heading = edge.guard === 'isBreak' ? 'Take a break' : 'Try a repair';
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };
  let firstDone = false;
  return (
    <div
      className="repair-chooser"
      role="dialog"
      aria-label={`${heading}: whose, and which`}
      ref={(element) => {
        // Placed at the arrow's label, through the style object (the page's CSP allows it; a
        // style attribute in the markup it would not).
        element?.style.setProperty('--chooser-x', `${Math.round(at.x)}px`);
        element?.style.setProperty('--chooser-y', `${Math.round(at.y)}px`);
      }}
      onKeyDown={onKeyDown}
    >
      <p className="repair-chooser-heading">{heading}: whose, and which?</p>
      {([0, 1] as const).map((by) => (
        <ul key={by} aria-label={`${map.partners[by].name}’s`} data-partner={by}>
          {repairsFor(map, edge, by).map((repair) => {
            const isFirst = !firstDone;
            firstDone = true;
            return (
              <li key={repair.id}>
                <button
                  type="button"
                  ref={isFirst ? first : undefined}
                  onClick={() => onChoose(by, repair.id)}
                >
                  {map.partners[by].name}’s {repairInSentence(repair.id, repair.label)}
                </button>
              </li>
            );
          })}
        </ul>
      ))}
      <button type="button" className="repair-chooser-cancel" onClick={onClose}>
        Cancel
      </button>
    </div>
  );
}
