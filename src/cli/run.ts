/** Dispatches `cyclemap <command> …` and turns every failure into one sentence on stderr and exit 1. */
import { UsageError, type Command } from './command';
import { COMMANDS } from './commands';
import type { CliIo } from './io';

/** The exit code; a promise of it only for a command that waits (`export --as svg`). */
export function runCli(argv: readonly string[], io: CliIo): number | Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(helpText());
    return name === undefined ? 1 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.err(
      `Unknown command “${name}”. The commands are: ${COMMANDS.map((c) => c.name).join(', ')}.`,
    );
    return 1;
  }
  try {
    const code = command.run(args, io);
    return typeof code === 'number' ? code : code.catch((error) => failed(command, error, io));
  } catch (error) {
    return failed(command, error, io);
  }
}

function failed(command: Command, error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.err(`${error.message} Usage: cyclemap ${command.usage}`);
  } else {
    // A bug of ours: still one sentence, never a stack trace.
    const detail = error instanceof Error ? `: ${error.message}` : '';
    io.err(`cyclemap ${command.name} stopped because of an unexpected problem${detail}.`);
  }
  return 1;
}

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'Usage: cyclemap <command> [arguments]',
    '',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}
