// `cyclemap fit FILE.csv`: the sample couple in both models and both modes, every kind of bad CSV
// (one sentence on stderr, exit 1), a million rows, a file too large to open, and --help.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileForCli, type CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/run';
import type { CoupleFit } from '../../src/core';
import { syncCode } from './syncCode';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = 'test/fixtures/gottman-murray/sample-couple.csv';
const TMP = mkdtempSync(join(tmpdir(), 'cyclemap-fit-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function run(...argv: string[]): { code: number; out: string; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readFile: (path, limit) =>
      readFileForCli(path.startsWith('/') ? path : join(ROOT, path), limit),
  };
  return { code: syncCode(runCli(argv, io)), out: out.join('\n'), err };
}

/** A CSV file in the test's own folder. */
function csv(name: string, content: string | Uint8Array): string {
  const path = join(TMP, name);
  writeFileSync(path, content);
  return path;
}

describe('cyclemap fit', () => {
  it('prints dyad’s bilinear figures for the sample couple with --compat dyad, as 2-space JSON', () => {
    const { code, out, err } = run('fit', SAMPLE, '--compat', 'dyad');
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out.split('\n')[1]).toBe('  "model": "bilinear",');
    const fit = JSON.parse(out) as CoupleFit;
    expect(fit).toMatchObject({ model: 'bilinear', compat: 'dyad', windows: 150 });
    // dyad's own figures (shared/reference/gottman-murray/sample-couple.bilinear.json).
    expect(fit.dyad.r1).toBeCloseTo(0.698502937274967, 6);
    expect(fit.dyad.lw).toBeCloseTo(-0.366068177487073, 6);
    expect(fit.dyad.wsetpoints).toEqual([null, null, null, expect.closeTo(-1.81336421107596, 6)]);
    expect(Object.keys(fit.partners[0].dynamics).sort()).toEqual(
      [
        'dampingStrength',
        'dampingThreshold',
        'inertia',
        'negativeInfluence',
        'positiveInfluence',
        'repairStrength',
        'repairThreshold',
        'setPoint',
      ].sort(),
    );
  });

  it('fits repair and damping, each equation no worse than the bilinear fit, in both modes', () => {
    for (const compat of [[], ['--compat', 'dyad']]) {
      const bilinear = JSON.parse(run('fit', SAMPLE, ...compat).out) as CoupleFit;
      const rd = JSON.parse(
        run('fit', SAMPLE, '--model', 'repair-damping', ...compat).out,
      ) as CoupleFit;
      expect(rd.model).toBe('repair-damping');
      expect(rd.compat).toBe(compat.length === 0 ? null : 'dyad');
      expect(rd.sse[0]).toBeLessThanOrEqual(bilinear.sse[0]);
      expect(rd.sse[1]).toBeLessThanOrEqual(bilinear.sse[1]);
      for (const name of ['krw', 'crh', 'krh', 'crw', 'kdw', 'cdh', 'kdh', 'cdw']) {
        expect(rd.dyad).toHaveProperty(name);
      }
    }
  });

  it('refuses each kind of bad CSV with one sentence naming the file, and exit 1', () => {
    const cases: [string, string | Uint8Array, string][] = [
      ['empty.csv', '', 'The CSV text is empty: it has no header row and no scores.'],
      [
        'one-column.csv',
        'wife\n1\n2\n3\n4\n5\n',
        "Line 1 names only one column, but a coded conversation needs two, partner 1's scores then partner 2's, separated by a comma or a tab.",
      ],
      [
        'text.csv',
        'wife,husband\n1,2\n3,4\n5,six\n7,8\n9,10\n',
        'Line 4 should hold two scores, but its husband column reads “six”.',
      ],
      [
        'one-row.csv',
        'wife,husband\n0.6,-1.6\n',
        'The CSV holds only 1 window (up to line 2); a fit needs at least 5, one row per 6-second window (a 15-minute talk has 150).',
      ],
      [
        'no-header.csv',
        '1,2\n3,4\n',
        'Line 1 holds scores, but the first line should name the two columns (for example wife,husband).',
      ],
      [
        'latin1.csv',
        new Uint8Array([0x77, 0x69, 0x66, 0x65, 0xe9, 0x2c, 0x68, 0x0a]),
        'This file is not UTF-8 text, so it cannot be a CSV of scores.',
      ],
      [
        'never-neutral.csv',
        'wife,husband\n1,-1\n2,2\n3,-3\n1,1\n2,-2\n4,3\n',
        "Partner 1's inertia cannot be fitted: it needs windows after a neutral partner in which their own score differs (dyad would print −99 here).",
      ],
    ];
    for (const [name, content, sentence] of cases) {
      const path = csv(name, content);
      const args = name === 'never-neutral.csv' ? ['--compat', 'dyad'] : [];
      expect(run('fit', path, ...args), name).toEqual({
        code: 1,
        out: '',
        err: [`${path}: ${sentence}`],
      });
    }
    expect(run('fit', 'no/such/file.csv')).toEqual({
      code: 1,
      out: '',
      err: ['no/such/file.csv: There is no file at this path.'],
    });
  });

  it('explains a usage mistake with the usage line', () => {
    const usage = 'Usage: cyclemap fit FILE.csv [--model bilinear|repair-damping] [--compat dyad]';
    expect(run('fit').err).toEqual([`Give the CSV file of coded scores to fit. ${usage}`]);
    expect(run('fit', SAMPLE, SAMPLE).err).toEqual([`Give one CSV file, not 2. ${usage}`]);
    expect(run('fit', SAMPLE, '--model', 'ogive')).toEqual({
      code: 1,
      out: '',
      err: [`--model should be one of bilinear, repair-damping, not “ogive”. ${usage}`],
    });
    expect(run('fit', SAMPLE, '--compat', 'R').err).toEqual([
      `--compat should be dyad, not “R”. ${usage}`,
    ]);
  });

  it('prints help with --help, exit 0', () => {
    const { code, out } = run('fit', '--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: cyclemap fit FILE\.csv/);
    expect(out).toContain('--compat');
    expect(out).toContain('partners[i].dynamics');
  });

  it('fits a million rows, and refuses a file over 16 MB without reading it', () => {
    const lines = ['wife,husband'];
    for (let t = 0; t < 1_000_000; t++) lines.push(`${(t % 49) - 24},${((t * 7) % 49) - 24}`);
    const big = csv('million.csv', lines.join('\n'));
    const { code, out, err } = run('fit', big);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as CoupleFit).windows).toBe(1_000_000);

    const huge = csv('huge.csv', '');
    truncateSync(huge, 17 * 1024 * 1024);
    expect(run('fit', huge)).toEqual({
      code: 1,
      out: '',
      err: [
        `${huge}: This file is 17.0 MB, more than the 16 MB a CSV of coded scores may be, so it was not opened.`,
      ],
    });
  }, 20_000);
});
