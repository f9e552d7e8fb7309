/** One built-in cycle: a button named exactly with its title, and the first sentence of its notes beside it. */
import { useId } from 'react';
import type { BuiltInEntry } from './builtInCycles';
import { firstSentence } from '../viz/notesText';

interface BuiltInCycleItemProps {
  readonly map: BuiltInEntry;
  readonly onOpen: (map: BuiltInEntry) => void;
}

export function BuiltInCycleItem({ map, onOpen }: BuiltInCycleItemProps) {
  const summaryId = useId();
  const summary = firstSentence(map.notes);
  return (
    <li className="cycle-item">
      <button
        type="button"
        className="cycle-open"
        aria-describedby={summary === '' ? undefined : summaryId}
        onClick={() => onOpen(map)}
      >
        {map.title}
      </button>
      {summary !== '' && (
        <p className="cycle-summary" id={summaryId}>
          {summary}
        </p>
      )}
    </li>
  );
}
