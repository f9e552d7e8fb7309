import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createActor, type AnyStateMachine, type SnapshotFrom } from 'xstate';
import { describe, expect, it } from 'vitest';
import { readFileForCli, type CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/run';
import { syncCode } from './syncCode';
import type { Frame, Trace } from '../../src/core';

const ROOT = join(import.meta.dirname, '..', '..');

function run(...argv: string[]): { code: number; out: string; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readFile: (path) => readFileForCli(join(ROOT, path)),
  };
  return { code: syncCode(runCli(argv, io)), out: out.join('\n'), err };
}

const POLKA = 'models/protest-polka.json';

describe('cyclemap simulate', () => {
  it('shows the polka escalating until someone floods, ending disengaged without a repair', () => {
    const { code, out } = run('simulate', POLKA, '--seed', '7');
    expect(code).toBe(0);
    const trace = JSON.parse(out) as Trace;
    expect(trace.seed).toBe(7);
    expect(trace.frames).toHaveLength(trace.events.length + 1);
    expect(trace.frames.some((f) => f.partners.some((p) => p.flooded))).toBe(true);
    expect(trace.outcome).toBe('disengaged');
    expect(Object.keys(trace.frames[0]!)).toEqual(['turn', 'state', 'partners']);
    expect(Object.keys(trace.frames[0]!.partners[0])).toEqual([
      'step',
      'score',
      'heartRate',
      'flooded',
    ]);
  });

  it('ends reconnected with a soft reach at the best window', () => {
    const trace = JSON.parse(
      run('simulate', POLKA, '--seed', '7', '--repair', '1:0:softReach').out,
    ) as Trace;
    expect(trace.events[1]).toEqual({ type: 'REPAIR', by: 0, kind: 'softReach' });
    expect(trace.outcome).toBe('reconnected');
  });

  it('explains a bad repair option in one sentence, exit 1', () => {
    expect(run('simulate', POLKA, '--repair', 'soon:0:softReach')).toMatchObject({
      code: 1,
      err: [
        '--repair should look like TURN:PARTNER:KIND, e.g. 12:0:softReach (partner 0 or 1), not “soon:0:softReach”. Usage: cyclemap simulate FILE [--seed N] [--turns N] [--repair TURN:PARTNER:KIND]… [--therapist]',
      ],
    });
    const unknown = run('simulate', POLKA, '--repair', '3:1:tea-truce');
    expect(unknown.code).toBe(1);
    expect(unknown.err[0]).toMatch(
      /^Priya \(partner 1\) has no repair “tea-truce”; theirs are nameTheCycle, gentleStartUp, softReach, areResponse, takeResponsibility, selfSoothingBreak, humourOrAffection, hand-on-shoulder\./,
    );
    expect(run('simulate', POLKA, '--seed', '-3').err[0]).toMatch(
      /^--seed should be a whole number from 0 to 4294967295, not “-3”\./,
    );
    expect(run('simulate', 'test/fixtures/broken/truncated.json').err).toEqual([
      "test/fixtures/broken/truncated.json: This file isn't valid JSON: it stops before the map is complete, so it may have been cut off while saving.",
    ]);
  });
});

describe('cyclemap windows', () => {
  it('prints repairs, windows and the best window', () => {
    const { code, out } = run('windows', POLKA, '--runs', '200', '--seed', '3');
    expect(code).toBe(0);
    const result = JSON.parse(out) as {
      repairs: unknown[];
      windows: unknown[];
      best: Record<string, unknown>;
    };
    expect(Object.keys(result)).toEqual(['repairs', 'windows', 'best']);
    expect(result.repairs).toContainEqual({ id: 'softReach', label: 'Soft reach' });
    expect(Object.keys(result.best)).toEqual([
      'round',
      'partner',
      'step',
      'by',
      'repair',
      'successRate',
      'meanTurnsToReconnect',
    ]);
    expect(run('windows', POLKA, '--runs', '0').code).toBe(1);
  });
});

describe('--therapist', () => {
  it('plays the same seed co-regulated: hearts rise more slowly and the best window lands more often', () => {
    const alone = JSON.parse(run('simulate', POLKA, '--seed', '7').out) as Trace;
    const held = JSON.parse(run('simulate', POLKA, '--seed', '7', '--therapist').out) as Trace;
    expect(held.frames[30]!.partners[0].heartRate).toBeLessThan(
      alone.frames[30]!.partners[0].heartRate,
    );
    const best = (args: string[]) =>
      (
        JSON.parse(run('windows', POLKA, '--runs', '200', ...args).out) as {
          best: { successRate: number };
        }
      ).best.successRate;
    expect(best(['--therapist'])).toBeGreaterThan(best([]));
  });
});

describe('cyclemap steady', () => {
  it('finds no steady state for the runaway polka and one stable state for the secure cycle', () => {
    expect(JSON.parse(run('steady', POLKA).out)).toEqual({ steadyStates: [] });
    const secure = JSON.parse(run('steady', 'models/secure-cycle.json').out) as {
      steadyStates: { scores: number[]; kind: string }[];
    };
    expect(secure.steadyStates).toHaveLength(1);
    expect(secure.steadyStates[0]!.kind).toBe('stable');
    expect(secure.steadyStates[0]!.scores.every((s) => s > 0)).toBe(true);
  });
});

describe('cyclemap machine', () => {
  it('prints a module that imports only xstate and, driven by simulate’s events, gives the same frames', async () => {
    const { code, out } = run('machine', POLKA);
    expect(code).toBe(0);
    const imports = [...out.matchAll(/^import .* from ["']([^"']+)["'];?$/gm)].map((m) => m[1]);
    expect(new Set(imports)).toEqual(new Set(['xstate']));
    const dir = join(ROOT, 'test-results', 'machine-module');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'protest-polka.mjs');
    writeFileSync(file, out);
    const exported = (await import(pathToFileURL(file).href)) as {
      machine: AnyStateMachine;
      frameOf: (snapshot: SnapshotFrom<AnyStateMachine>) => Frame;
    };
    for (const args of [
      ['--seed', '7'],
      ['--seed', '8', '--repair', '1:0:softReach', '--repair', '30:1:selfSoothingBreak'],
    ]) {
      const trace = JSON.parse(run('simulate', POLKA, ...args).out) as Trace;
      const actor = createActor(exported.machine, { input: { seed: trace.seed } }).start();
      const frames = [exported.frameOf(actor.getSnapshot())];
      for (const event of trace.events) {
        actor.send(event);
        frames.push(exported.frameOf(actor.getSnapshot()));
      }
      expect(JSON.stringify(frames)).toBe(JSON.stringify(trace.frames));
    }
  });
});
