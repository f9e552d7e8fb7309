/** What a CLI command may touch of the outside world, so tests can run commands without a process. */
import { openSync, closeSync, fstatSync, readSync } from 'node:fs';
import { LIMITS, tooLargeMessage } from '../core';

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** The file's bytes, or a plain sentence saying why it cannot be read (a cycle map's limit by default). */
  readonly readFile: (
    path: string,
    limit?: ReadLimit,
  ) => { ok: true; bytes: Uint8Array } | { ok: false; message: string };
}

/** How large a file a command reads, and the sentence for a larger one. */
export interface ReadLimit {
  readonly maxBytes: number;
  readonly tooLarge: (bytes: number) => string;
}

const CYCLE_MAP: ReadLimit = {
  maxBytes: LIMITS.fileBytes,
  tooLarge: (bytes) => tooLargeMessage(bytes),
};

/** Reads a file without ever loading more than the limit (a cycle map's, unless told otherwise). */
export function readFileForCli(
  path: string,
  limit: ReadLimit = CYCLE_MAP,
): ReturnType<CliIo['readFile']> {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, message: 'This is a folder, not a file.' };
    if (stat.size > limit.maxBytes) return { ok: false, message: limit.tooLarge(stat.size) };
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { ok: true, bytes: bytes.subarray(0, read) };
  } catch (error) {
    return { ok: false, message: describeFsError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'There is no file at this path.';
  if (code === 'EISDIR') return 'This is a folder, not a file.';
  if (code === 'EACCES' || code === 'EPERM') return 'Cyclemap is not allowed to read this file.';
  return 'This file could not be read.';
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readFile: readFileForCli,
};
