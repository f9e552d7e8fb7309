import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readFileForCli, type CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/run';
import { syncCode } from './syncCode';

const ROOT = join(import.meta.dirname, '..', '..');
const fixture = (name: string) => join(ROOT, 'test', 'fixtures', name);
const models = readdirSync(join(ROOT, 'models')).map((name) => join('models', name));

function run(...argv: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readFile: readFileForCli,
  };
  const code = syncCode(
    runCli(argv, { ...io, readFile: (path) => readFileForCli(join(ROOT, path)) }),
  );
  return { code, out, err };
}

describe('cyclemap validate', () => {
  it('exits 0 and prints one line per valid file', () => {
    const { code, out, err } = run('validate', ...models);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(models.length);
    expect(out).toContain(
      'models/protest-polka.json: valid cycle map “Protest Polka” (Theo and Priya)',
    );
  });

  it('mentions the notes of a file that opened with warnings, still on one line', () => {
    const { code, out } = run('validate', 'test/fixtures/older/v0-worksheet.json');
    expect(code).toBe(0);
    expect(out).toEqual([
      'test/fixtures/older/v0-worksheet.json: valid cycle map “Our Sunday-evening loop” (Kim and Lee); 1 note: This map was saved in the draft worksheet shape (version 0) and has been upgraded; saving it writes version 1.',
    ]);
  });

  it('exits 1 and names each bad file with its problems on stderr, still checking the rest', () => {
    const { code, out, err } = run(
      'validate',
      'models/protest-polka.json',
      'test/fixtures/broken/truncated.json',
      'test/fixtures/broken/three-partners.json',
      'no/such/file.json',
      'test/fixtures',
    );
    expect(code).toBe(1);
    expect(out).toHaveLength(1);
    expect(err).toEqual([
      "test/fixtures/broken/truncated.json: This file isn't valid JSON: it stops before the map is complete, so it may have been cut off while saving.",
      'test/fixtures/broken/three-partners.json: partners: A cycle map has exactly two partners, but this one lists 3.',
      'no/such/file.json: There is no file at this path.',
      'test/fixtures: This is a folder, not a file.',
    ]);
  });

  it('prints every problem of a file, one line each, saying where and what', () => {
    const { code, out, err } = run('validate', 'test/fixtures/broken/several-problems.json');
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'test/fixtures/broken/several-problems.json: title: The title is empty.',
      "test/fixtures/broken/several-problems.json: partners[0].layers.move: Ana's move is 450 characters long; the limit is 400.",
      "test/fixtures/broken/several-problems.json: partners[1].position: Dev's position should be one of pursuer, withdrawer, blamer, placater or mixed, not “chaser”.",
    ]);
  });

  it('rejects every broken fixture, each line starting with its file, in the order given', () => {
    const broken = readdirSync(fixture('broken')).map((name) => `test/fixtures/broken/${name}`);
    const { code, out, err } = run('validate', ...broken);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    const files = err.map((line) => broken.find((file) => line.startsWith(`${file}: `)));
    expect([...new Set(files)]).toEqual(broken);
    expect(err.length).toBeGreaterThan(broken.length); // several-problems.json has three lines
  });

  it('explains a usage mistake in a sentence with the usage line', () => {
    expect(run('validate').err).toEqual([
      'Give at least one file to validate. Usage: cyclemap validate FILE…',
    ]);
    expect(run('validat', 'x').err).toEqual([
      'Unknown command “validat”. The commands are: validate, simulate, windows, steady, fit, machine, export.',
    ]);
    expect(run('validate', '--strict', 'x').code).toBe(1);
  });
});

describe('the cyclemap process', () => {
  const exec = promisify(execFile);
  const cli = (...args: string[]) =>
    exec(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
      cwd: ROOT,
    });

  it('exits 0 for the built-in models', async () => {
    const { stdout, stderr } = await cli('validate', ...models);
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toHaveLength(models.length);
  });

  it('exits 1 with sentences and no stack trace for hostile files', async () => {
    const failure = await cli(
      'validate',
      fixture('broken/binary-garbage.json'),
      fixture('broken/deep-nesting.json'),
    ).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toBe(
      `${fixture('broken/binary-garbage.json')}: This file isn't text (it looks like binary data), so it can't be a cycle map.\n` +
        `${fixture('broken/deep-nesting.json')}: This file nests its data more than 32 levels deep, far deeper than any cycle map, so it was not opened.\n`,
    );
  });
});
