import { describe, expect, it } from 'vitest';
import { parseCycleMap, repairId, repairLabel, stepsOf } from '../../src/core';
import { fixtureText } from './fixtures';

const full = parseCycleMap(fixtureText('valid/full.json'));
if (!full.ok) throw new Error(full.error.message);
const [ana, dev] = full.value.partners;

describe('stepsOf', () => {
  it('puts each extra step right after the step it follows, chains included', () => {
    expect(stepsOf(ana).map((step) => step.id)).toEqual([
      'trigger',
      'perception',
      'checks-phone',
      'sighs',
      'reactiveEmotion',
      'move',
    ]);
    expect(stepsOf(dev).map((step) => step.id)).toEqual([
      'trigger',
      'perception',
      'reactiveEmotion',
      'move',
      'goes-to-garage',
    ]);
  });

  it('labels the steps with the layer names and carries the partner’s words', () => {
    const steps = stepsOf(ana);
    expect(steps[0]).toEqual({
      id: 'trigger',
      layer: 'trigger',
      label: 'Trigger',
      text: ana.layers.trigger,
    });
    expect(steps[2]).toEqual({
      id: 'checks-phone',
      label: 'Extra step',
      text: 'checks my own phone to see if he replied',
    });
  });
});

describe('repair names', () => {
  it('uses the catalogue label, or the couple’s own label for a custom repair', () => {
    expect(ana.repairs.map(repairId)).toEqual(['softReach', 'nameTheCycle', 'hand-on-shoulder']);
    expect(ana.repairs.map(repairLabel)).toEqual([
      'Soft reach',
      'Name the cycle',
      'Hand on the shoulder',
    ]);
  });
});
