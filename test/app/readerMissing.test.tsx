// Offline after an update, the part of the app that reads map files may not load: opening a file
// then says so in a sentence, and nothing else changes.
import { describe, expect, it, vi } from 'vitest';
import { READER_MISSING_TEXT, readMapFiles } from '../../src/app/library/readMapFiles';
import { mapFile, sampleMap } from './sampleMap';

vi.mock('../../src/core/document/collection', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('opening files when the reader cannot load', () => {
  it('gives one plain sentence and no maps, never the error', async () => {
    const read = await readMapFiles([mapFile(sampleMap())]);
    expect(read).toEqual({ maps: [], problems: [READER_MISSING_TEXT] });
    expect(READER_MISSING_TEXT).not.toMatch(/fetch|module|Error/);
  });
});
