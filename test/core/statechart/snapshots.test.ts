// Observable Plot's practice: for each built-in model, the SVG its statechart lays out to (the real
// ELK), kept as a file and compared; and the same map always lays out the same.
import { describe, expect, it } from 'vitest';
import { MODEL_IDS, model } from '../engine/models';
import { perLine, svgOf } from './layout';

describe('the statechart’s laid-out SVG for each built-in model', () => {
  for (const id of MODEL_IDS) {
    it(id, async () => {
      await expect(perLine(await svgOf(model(id)))).toMatchFileSnapshot(
        `./__snapshots__/${id}.svg`,
      );
    });
  }
});

describe('layout determinism', () => {
  it('gives the same SVG for the same map twice, and a different one top-down', async () => {
    const polka = model('protest-polka');
    const first = await svgOf(polka);
    expect(await svgOf(polka)).toBe(first);
    const down = await svgOf(polka, 'DOWN');
    expect(down).not.toBe(first);
    expect(down).toContain('data-direction="down"');
  });
});
