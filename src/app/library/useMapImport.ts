/**
 * Bringing maps in from files: every map read becomes a new map in "Your maps" (a copy, under a
 * new id, when its id is already used — it never replaces one), and every problem is one
 * sentence. One map from one file opens at once; several are listed on the home page.
 */
import { useCallback, useRef, useState } from 'react';
import type { CycleMap, ParseWarning } from '../../core';
import { mapIdsInUseOf, type Studio } from '../../studio';
import { withFreeId } from './mapIds';
import { readMapFiles } from './readMapFiles';

export interface ImportNotes {
  /** One sentence per file (or map) that could not be read. */
  readonly problems: readonly string[];
  /** What was added, in a sentence; null when nothing was. */
  readonly added: string | null;
  /** What was noticed while reading the one map just opened (e.g. an upgrade from an older version). */
  readonly warnings: readonly ParseWarning[];
}

const NO_NOTES: ImportNotes = { problems: [], added: null, warnings: [] };

interface MapImportOptions {
  readonly studio: Studio;
  /** The built-in maps, whose ids a map coming in may not take. */
  readonly builtInIds: readonly { readonly id: string }[];
  /** Shows the one map just brought in. */
  readonly onOpen: (map: CycleMap) => void;
  /** Shows the list of maps, after several were brought in. */
  readonly onList: () => void;
}

export function useMapImport({ studio, builtInIds, onOpen, onList }: MapImportOptions) {
  const [notes, setNotes] = useState<ImportNotes>(NO_NOTES);
  // Each import or page change bumps this, so a slow read never moves a person who has moved on.
  const latest = useRef(0);

  const clearNotes = useCallback(() => {
    latest.current += 1;
    setNotes(NO_NOTES);
  }, []);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      const request = (latest.current += 1);
      setNotes(NO_NOTES);
      const read = await readMapFiles(files);
      const taken = mapIdsInUseOf(studio.getSnapshot());
      for (const { id } of builtInIds) taken.add(id);
      // The maps the person chose are added even if they moved on meanwhile: that is what they asked.
      const added = read.maps.map(({ map, warnings }) => {
        const free = withFreeId(map, taken);
        taken.add(free.id);
        studio.send({ type: 'maps.create', map: free, open: false });
        return { map: free, warnings };
      });
      if (added.length > 0) studio.send({ type: 'library.flush' });
      if (request !== latest.current) return;
      const only = added.length === 1 && read.problems.length === 0 ? added[0] : undefined;
      if (only !== undefined) {
        onOpen(only.map);
        setNotes({ problems: [], added: null, warnings: only.warnings });
        return;
      }
      if (added.length > 0) onList();
      setNotes({ problems: read.problems, added: addedSentence(added), warnings: [] });
    },
    [studio, builtInIds, onOpen, onList],
  );

  return { notes, importFiles, clearNotes };
}

function addedSentence(added: readonly { map: CycleMap }[]): string | null {
  if (added.length === 0) return null;
  const titles = added.slice(0, 5).map(({ map }) => `“${map.title}”`);
  const more = added.length > 5 ? ` and ${added.length - 5} more` : '';
  const count = added.length === 1 ? 'one map' : `${added.length} maps`;
  return `Added ${count} to Your maps: ${titles.join(', ')}${more}.`;
}
