/** The shape of a `cyclemap` command: later issues add commands by adding one file and one registry line. */
import type { CliIo } from './io';

export interface Command {
  readonly name: string;
  /** `cyclemap <usage>`, shown in help and after a usage mistake. */
  readonly usage: string;
  readonly summary: string;
  /**
   * Returns the process exit code: 0 for success, 1 for any failure; a promise of it for a
   * command that waits (the SVG export waits for the layout).
   */
  readonly run: (args: readonly string[], io: CliIo) => number | Promise<number>;
}

/** A mistake in how the command was called; reported as one sentence plus the usage line. */
export class UsageError extends Error {}
