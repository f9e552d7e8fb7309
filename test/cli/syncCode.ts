/** The exit code of a command that does not wait (every one but `export --as svg`). */
export function syncCode(code: number | Promise<number>): number {
  if (typeof code !== 'number') throw new Error('This command was expected to finish at once.');
  return code;
}
