// What a trainee reads off the statechart: each partner's steps in their words inside their region,
// the two crossings, the way out through a repair and a break, the history return and the endings.
import { describe, expect, it } from 'vitest';
import { chartModel, type CycleMap } from '../../../src/core';
import { model } from '../engine/models';

const polka = model('protest-polka');

describe('chartModel', () => {
  const chart = chartModel(polka);
  const box = (id: string) => chart.boxes.find((b) => b.id === id);

  it('puts each partner’s steps, in their own words, in a region named for them', () => {
    expect(box('cyclemap.loop.partner0')).toMatchObject({ kind: 'region', partner: 0 });
    expect(box('cyclemap.loop.partner0')?.lines.join(' ')).toBe('Theo’s steps');
    const steps = chart.boxes.filter((b) => b.kind === 'step' && b.partner === 1);
    expect(steps.map((s) => s.id.split('.').at(-1))).toEqual([
      'trigger',
      'perception',
      'reactiveEmotion',
      'explains',
      'move',
    ]);
    expect(steps.every((s) => s.parent === 'cyclemap.loop.partner1')).toBe(true);
    expect(box('cyclemap.loop.partner1.explains')?.lines.join(' ')).toBe(
      `Extra step ${polka.partners[1].extraSteps[0]!.text}`,
    );
  });

  it('draws the two crossings from one partner’s last step to the other’s trigger', () => {
    const crossings = chart.edges.filter((e) => e.kind === 'crossing');
    expect(crossings.map((e) => [e.source, e.target])).toEqual([
      ['cyclemap.loop.partner0.follows-her', 'cyclemap.loop.partner1.trigger'],
      ['cyclemap.loop.partner1.move', 'cyclemap.loop.partner0.trigger'],
    ]);
    expect(crossings.every((e) => e.label === 'TICK')).toBe(true);
  });

  it('shows the exits: a repair from any step, the break, its return through history, the endings', () => {
    const kinds = (kind: string) => chart.edges.filter((e) => e.kind === kind);
    expect(
      kinds('repair')
        .filter((e) => e.fromEveryStep)
        .map((e) => e.source),
    ).toEqual(['cyclemap.loop.partner0', 'cyclemap.loop.partner1']);
    expect(kinds('break')).toMatchObject([{ source: 'cyclemap.loop', label: 'REPAIR [isBreak]' }]);
    expect(kinds('return').map((e) => e.source)).toEqual(['cyclemap.break', 'cyclemap.attempt']);
    expect(box('cyclemap.loop.resume')?.kind).toBe('history');
    expect(new Set(kinds('ending').map((e) => e.target))).toEqual(
      new Set(['cyclemap.reconnected', 'cyclemap.disengaged']),
    );
    expect(chart.boxes.filter((b) => b.kind === 'final')).toHaveLength(2);
  });

  it('wraps a 400-character layer and cuts it, visibly, with “…”', () => {
    const long = 'I keep saying the same thing again and again '.repeat(9).slice(0, 400);
    const [theo, priya] = polka.partners;
    const map: CycleMap = {
      ...polka,
      partners: [{ ...theo, layers: { ...theo.layers, perception: long } }, priya],
    };
    const perception = chartModel(map).boxes.find(
      (b) => b.id === 'cyclemap.loop.partner0.perception',
    );
    expect(perception?.truncated).toBe(true);
    expect(perception?.lines.at(-1)).toMatch(/…$/);
    expect(perception?.words).toBe(long);
  });
});
