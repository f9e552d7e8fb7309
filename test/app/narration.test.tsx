import { describe, expect, it } from 'vitest';
import { compileMachine, extendSession, sendAt, startSession } from '../../src/core';
import {
  bestWindowSentence,
  caption,
  quotedInline,
  stepSentence,
  timesInTen,
} from '../../src/studio';
import { sampleModel } from './sampleModels';

const polka = sampleModel('protest-polka');
const machine = compileMachine(polka);

describe('narration', () => {
  it('tells the step just taken in the map’s own words, quoted, one step a moment', () => {
    const session = extendSession(machine, startSession(machine, { seed: 7 }), 6);
    expect(caption(polka, session.snapshots, 1)).toBe(
      `What it means to Theo: “${polka.partners[0].layers.perception}.”`,
    );
    expect(caption(polka, session.snapshots, 2)).toBe(
      `What Theo feels: “${polka.partners[0].layers.reactiveEmotion}.”`,
    );
    expect(caption(polka, session.snapshots, 3)).not.toContain(' → ');
    expect(stepSentence(polka, 1, 'trigger')).toBe(
      `What Priya notices: “${polka.partners[1].layers.trigger}.”`,
    );
  });

  it('says when someone floods and what that means', () => {
    const session = extendSession(machine, startSession(machine, { seed: 7 }), 60);
    const i = session.snapshots.findIndex((s) => s.context.partners.some((p) => p.flooded));
    expect(caption(polka, session.snapshots, i)).toMatch(
      /is flooded: heart at [\d.]+ bpm, above the flood line of 100\. Listening and repair can't get through/,
    );
  });

  it('explains why a repair to a flooded partner cannot land, and suggests a break', () => {
    let session = extendSession(machine, startSession(machine, { seed: 7 }), 60);
    const i = session.snapshots.findIndex((s) => s.context.partners[1].flooded);
    session = extendSession(
      machine,
      sendAt(machine, session, i, { type: 'REPAIR', by: 0, kind: 'softReach' }),
      i + 5,
    );
    expect(caption(polka, session.snapshots, i + 1)).toMatch(
      /Priya is flooded at \d+ bpm, so it can't land yet: a 20-minute break first\./,
    );
  });

  it('says the loop is broken when they reconnect', () => {
    const session = extendSession(
      machine,
      sendAt(machine, startSession(machine, { seed: 7 }), 0, { type: 'TICK' }),
      1,
    );
    const repaired = extendSession(
      machine,
      sendAt(machine, session, 1, { type: 'REPAIR', by: 0, kind: 'softReach' }),
      10,
    );
    expect(caption(polka, repaired.snapshots, repaired.snapshots.length - 1)).toContain(
      'Reconnected: the loop is broken',
    );
  });
});

describe('the sentence about the best window', () => {
  it('names the moment, the move it comes before, the repair and the odds in words', () => {
    const best = {
      round: 1,
      partner: 0 as const,
      step: 'perception',
      by: 0 as const,
      repair: 'softReach',
      successRate: 0.696,
      meanTurnsToReconnect: 4,
    };
    expect(bestWindowSentence(polka, best)).toBe(
      // The narrator's sentence, Theo's words in quotes: "I" and "me" stay his.
      `The best place to break this loop: when Theo takes it as ${quotedInline(polka.partners[0].layers.perception)}, before Theo’s move, ${quotedInline(polka.partners[0].layers.move)}, in round 1 — a soft reach by Theo lands about 7 times in 10 here.`,
    );
    expect(timesInTen(0.04)).toBe('rarely');
    expect(timesInTen(0.97)).toBe('almost every time');
  });
});
