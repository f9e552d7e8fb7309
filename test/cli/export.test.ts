// `cyclemap export FILE --as code|json|mermaid|svg`: each export of the statechart, its mistakes,
// and the app's "Export XState code" (through the Vite virtual module) giving the CLI's bytes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileForCli, type CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/run';
import { machineModuleOf } from '../../src/core';
import { model } from '../core/engine/models';

const ROOT = join(import.meta.dirname, '..', '..');
const POLKA = 'models/protest-polka.json';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readFile: (path) => readFileForCli(join(ROOT, path)),
  };
  return { code: await runCli(argv, io), out: out.join('\n'), err };
}

describe('cyclemap export', () => {
  it('--as code prints the same module as `cyclemap machine`', async () => {
    const code = await run('export', POLKA, '--as', 'code');
    expect(code.code).toBe(0);
    expect(code.out).toBe((await run('machine', POLKA)).out);
    expect(code.out).toMatch(/^export \{[^}]*\bmachine\b[^}]*\};$/m);
  });

  it('--as json prints the machine’s config, the steps in the partners’ words', async () => {
    const { code, out } = await run('export', POLKA, '--as', 'json');
    expect(code).toBe(0);
    const config = JSON.parse(out) as {
      id: string;
      states: { loop: { states: { partner0: { states: { trigger: { description: string } } } } } };
    };
    expect(config.id).toBe('cyclemap');
    expect(config.states.loop.states.partner0.states.trigger.description).toBe(
      model('protest-polka').partners[0].layers.trigger,
    );
  });

  it('--as mermaid prints a stateDiagram-v2, top-down with --direction down', async () => {
    const { code, out } = await run('export', POLKA, '--as', 'mermaid', '--direction', 'down');
    expect(code).toBe(0);
    expect(out.split('\n').slice(0, 2)).toEqual(['stateDiagram-v2', 'direction TB']);
    expect(out).toContain('loop_partner0_follows__her --> loop_partner1_trigger : TICK');
  });

  it('--as svg prints a standalone SVG laid out by elkjs', async () => {
    const { code, out } = await run('export', POLKA, '--as', 'svg');
    expect(code).toBe(0);
    expect(out).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(out).toContain('<title id="statechart-title">The statechart of “Protest Polka”</title>');
    expect(out.match(/data-kind="crossing"/g)).toHaveLength(2);
  });

  it('says in one line what is wrong with --as, --direction or the file', async () => {
    const usage = 'Usage: cyclemap export FILE --as code|json|mermaid|svg [--direction right|down]';
    expect(await run('export', POLKA, '--as', 'png')).toMatchObject({
      code: 1,
      err: [`--as should be one of code, json, mermaid, svg, not “png”. ${usage}`],
    });
    expect((await run('export', POLKA)).err).toEqual([
      `Say what to export with --as: code, json, mermaid, svg. ${usage}`,
    ]);
    expect((await run('export', POLKA, '--as', 'svg', '--direction', 'up')).err).toEqual([
      `--direction should be right or down, not “up”. ${usage}`,
    ]);
    expect((await run('export', 'models/nope.json', '--as', 'svg')).err).toEqual([
      'models/nope.json: There is no file at this path.',
    ]);
  });
});

describe('"Export XState code" in the app', () => {
  it('is byte for byte the CLI’s module, from the engine the Vite plugin bundles', async () => {
    const { default: engine } = await import('virtual:cyclemap-engine');
    const polka = model('protest-polka');
    expect(machineModuleOf(engine, polka)).toBe((await run('machine', POLKA)).out);
  });
});
