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

  it('names a catalogue repair in lower case, keeping an abbreviation’s capitals, and a couple’s own in their words, quoted', () => {
    const map = model('find-the-bad-guy');
    const at = (repair: string): RepairWindow => ({
      round: 1,
      partner: 0,
      step: 'perception',
      by: 0,
      repair,
      successRate: 0.7,
      meanTurnsToReconnect: 4,
    });
    const who = map.partners[0].name;
    expect(bestWindowSentence(map, at('softReach'))).toContain(`— a soft reach by ${who} lands`);
    expect(bestWindowSentence(map, at('areResponse'))).toContain(
      `— a reassuring A.R.E. response by ${who} lands`,
    );
    expect(map.partners[0].repairs.some((r) => 'id' in r && r.id === 'team-huddle')).toBe(true);
    expect(bestWindowSentence(map, at('team-huddle'))).toContain(
      `— a “Team huddle” by ${who} lands`,
    );
  });
});
