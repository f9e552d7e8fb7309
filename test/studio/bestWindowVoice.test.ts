// The repair-windows sentence is the narrator's: each partner's first-person words stay inside
// quotes ("when Priya notices “Theo's voice gets sharp, and he follows me down the hall”").
import { describe, expect, it } from 'vitest';
import { repairWindows, type RepairWindow } from '../../src/core';
import { bestWindowSentence } from '../../src/studio';
import { model, MODEL_IDS as MODELS } from './models';

/** The sentence with every quotation taken out: what is left is the narrator's alone. */
const outsideQuotes = (sentence: string) => sentence.replace(/“[^”]*”/g, '“…”');

describe('the best-window sentence', () => {
  it('keeps each partner’s “I” and “me” inside quotes, at every step of every built-in map', () => {
    for (const id of MODELS) {
      const map = model(id);
      const windows = repairWindows(map, { runs: 10, seed: 7 }).windows;
      // Every step as if it were the best one: each layer's phrasing is tried.
      const steps = new Map<string, RepairWindow>();
      for (const w of windows) steps.set(`${w.partner}:${w.step}`, w);
      expect(steps.size).toBeGreaterThan(6);
      for (const window of steps.values()) {
        const sentence = bestWindowSentence(map, window);
        expect(sentence).toMatch(/, in round \d+ — a .+ by \S+ lands /);
        expect(outsideQuotes(sentence), `${id} ${window.step}`).not.toMatch(
          /\b(I|I'm|I’m|me|my|myself)\b/,
        );
      }
    }
  });
});
