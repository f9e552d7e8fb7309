import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core';
import { MODEL_IDS, model } from './models';

describe('simulate is pure and seeded', () => {
  it.each(MODEL_IDS)('%s: the same seed gives the same trace, byte for byte', (id) => {
    const map = model(id);
    const options = { seed: 42, repairs: [{ turn: 5, by: 1 as const, kind: 'nameTheCycle' }] };
    expect(JSON.stringify(simulate(map, options))).toBe(JSON.stringify(simulate(map, options)));
  });

  it('another seed gives another dance', () => {
    const polka = model('protest-polka');
    expect(JSON.stringify(simulate(polka, { seed: 1 }).frames)).not.toBe(
      JSON.stringify(simulate(polka, { seed: 2 }).frames),
    );
  });

  it('frames start with the initial snapshot and follow each event', () => {
    const trace = simulate(model('protest-polka'), {
      seed: 7,
      turns: 12,
      repairs: [{ turn: 3, by: 0, kind: 'softReach' }],
    });
    expect(trace.frames).toHaveLength(trace.events.length + 1);
    expect(trace.frames[0]).toMatchObject({
      turn: 0,
      state: { loop: { partner0: 'trigger' } },
      partners: [{ step: 'trigger' }, { step: 'move' }],
    });
    expect(trace.events.filter((e) => e.type === 'REPAIR')).toEqual([
      { type: 'REPAIR', by: 0, kind: 'softReach' },
    ]);
  });

  it('stops at the turn limit with an unresolved outcome', () => {
    const trace = simulate(model('protest-polka'), { seed: 7, turns: 10 });
    expect(trace.events).toHaveLength(10);
    expect(trace.outcome).toBe('unresolved');
  });
});
