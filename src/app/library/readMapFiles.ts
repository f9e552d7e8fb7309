/** Reads the map files a person chose or dropped, on this device only: every map that could be read, and one sentence per problem. */
import { LIMITS, type ReadMap } from '../../core';

/** The file reader and the parser behind it load with the first file opened, not with the home page. */
const loadReader = () =>
  Promise.all([import('../../core/document/collection'), import('../../core/document/readJson')]);

export interface FilesRead {
  readonly maps: readonly ReadMap[];
  /** One sentence per problem, each naming its file (and the map, in a file of several). */
  readonly problems: readonly string[];
}

export const READER_MISSING_TEXT =
  'Cyclemap could not load the part of itself that reads map files. Nothing was changed; reload the page and try again.';

export const UNREADABLE_FILE_TEXT =
  'This file could not be read. Nothing was changed; try choosing it again.';

/** The file's name as the person knows it, in quotes; a long or empty name is shortened or described. */
function named(file: File): string {
  const name = file.name.trim();
  if (name === '') return 'A file without a name';
  return `“${name.length > 80 ? `${name.slice(0, 77)}…` : name}”`;
}

export async function readMapFiles(files: readonly File[]): Promise<FilesRead> {
  let reader: Awaited<ReturnType<typeof loadReader>>;
  try {
    reader = await loadReader();
  } catch {
    // The reader is a separate file of the app; offline after an update, it may not load.
    return { maps: [], problems: [READER_MISSING_TEXT] };
  }
  const [{ parseMapFile }, { tooLargeMessage }] = reader;
  const maps: ReadMap[] = [];
  const problems: string[] = [];
  for (const file of files) {
    // Refused before reading, so a huge file never has to fit in memory.
    if (file.size > LIMITS.collectionBytes) {
      problems.push(`${named(file)}: ${tooLargeMessage(file.size, LIMITS.collectionBytes)}`);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      problems.push(`${named(file)}: ${UNREADABLE_FILE_TEXT}`);
      continue;
    }
    const result = parseMapFile(bytes);
    maps.push(...result.maps);
    for (const problem of result.problems) {
      const where = problem.which === null ? named(file) : `${named(file)}, ${problem.which}`;
      problems.push(`${where}: ${problem.message}`);
    }
  }
  return { maps, problems };
}
