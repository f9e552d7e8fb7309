/** The built-in cycles, each opened by a button named with its title, with the first sentence of its notes. */
import { useId } from 'react';
import type { BuiltInEntry } from './builtInCycles';
import { BuiltInCycleItem } from './BuiltInCycleItem';

interface BuiltInCycleListProps {
  readonly cycles: readonly BuiltInEntry[];
  readonly onOpen: (map: BuiltInEntry) => void;
}

export function BuiltInCycleList({ cycles, onOpen }: BuiltInCycleListProps) {
  const headingId = useId();
  return (
    <section className="built-in-cycles" aria-labelledby={headingId}>
      <h2 id={headingId}>Built-in cycles</h2>
      <p>
        Common dances to learn from. Open one to see both partners’ steps and the loop they make.
      </p>
      <ul className="cycle-list">
        {cycles.map((map) => (
          <BuiltInCycleItem key={map.id} map={map} onOpen={onOpen} />
        ))}
      </ul>
    </section>
  );
}
