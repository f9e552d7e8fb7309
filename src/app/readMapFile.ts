/** Reads a map file the person chose, on this device only, and parses it. */
import { LIMITS, parseCycleMap, tooLargeMessage } from '../core';
import type { CycleMap, ParseWarning } from '../core';

export type OpenFileResult =
  | { readonly ok: true; readonly map: CycleMap; readonly warnings: readonly ParseWarning[] }
  | { readonly ok: false; readonly message: string };

export const UNREADABLE_FILE_TEXT =
  'This file could not be read. Nothing was changed; try choosing it again.';

export async function readMapFile(file: Blob): Promise<OpenFileResult> {
  // Refused before reading, so a huge file never has to fit in memory.
  if (file.size > LIMITS.fileBytes) return { ok: false, message: tooLargeMessage(file.size) };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, message: UNREADABLE_FILE_TEXT };
  }
  const result = parseCycleMap(bytes);
  return result.ok
    ? { ok: true, map: result.value, warnings: result.warnings }
    : { ok: false, message: result.error.message };
}
