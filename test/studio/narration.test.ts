// The live narration: change-only, one voice, at most two sentences a moment — and the words of a
// repair, a flood, the loop's state and the ending said when they happen.
import { describe, expect, it } from 'vitest';
import { repairsOf, type CycleMap, type DanceSnapshot, type PartnerIndex } from '../../src/core';
import {
  caption,
  createStudio,
  CUE_SENTENCES,
  danceOf,
  MAX_SENTENCES,
  narrationOf,
  narrationSentences,
  quoted,
  repairMessageOf,
  stepSentence,
  type Studio,
} from '../../src/studio';
import { fitNews, type News } from '../../src/studio/selectors/news';
import { cueNews, toldCues } from '../../src/studio/selectors/cueWords';
import { fakeRunner } from './fakeRunner';
import { model, MODEL_IDS } from './models';

function studioOf(map: CycleMap, seed: number, therapistPresent = false): Studio {
  const studio = createStudio({ analysis: fakeRunner() });
  studio.send({ type: 'playback.setSeed', seed });
  if (therapistPresent) studio.send({ type: 'playback.setTherapist', present: true });
  studio.send({ type: 'document.load', map, source: 'builtIn' });
  return studio;
}

/** Tries a repair at moment `index` of the studio's dance (the rest of the dance is replayed). */
function repairAt(studio: Studio, index: number, by: PartnerIndex, kind: string): void {
  studio.send({ type: 'playback.seek', index });
  studio.send({ type: 'playback.repair', by, kind });
}

const snapshotsOf = (studio: Studio) => danceOf(studio.getSnapshot())!.session.snapshots;

/** The narrator's own words: the partners' quoted words taken out. */
const outsideQuotes = (text: string) => text.replace(/“[^“”]*”/g, '“…”');

const FIRST_PERSON = /\b(I|I'm|I've|I'll|me|my|mine|myself|we|we're|us|our|ours|ourselves)\b/i;

/** What a moment is: the chart's state and its context. */
const now = (snapshot: DanceSnapshot) => ({ value: snapshot.value, context: snapshot.context });

/** What a reader notices of one moment's narration, checked for every moment of a dance. */
function checkMoment(map: CycleMap, snapshots: readonly DanceSnapshot[], i: number, where: string) {
  const sentences = narrationSentences(map, snapshots, i);
  const text = sentences.join(' ');
  expect(sentences.length, where).toBeGreaterThan(0);
  expect(sentences.length, where).toBeLessThanOrEqual(MAX_SENTENCES);
  for (const sentence of sentences) {
    // Each is one sentence: it ends as a sentence ends, and nothing in the narrator's words
    // (outside the quotes; "A.R.E." is an abbreviation) ends one before that.
    const narrator = outsideQuotes(sentence).replace(/A\.R\.E\./g, 'ARE');
    expect(narrator, where).toMatch(/[.!?…]”?$/);
    expect(narrator.slice(0, -2), where).not.toMatch(/[.!?](\s|$)/);
    expect(narrator, where).not.toMatch(FIRST_PERSON);
  }
  expect(text, where).toBe(caption(map, snapshots, i));
  // The same words twice in a row only where nothing changed (a repair sent while none can be
  // made leaves the dance as it was).
  const before = snapshots[i - 1];
  if (before !== undefined && text === caption(map, snapshots, i - 1)) {
    expect(now(snapshots[i]!), `${where}: the same words as the moment before`).toEqual(
      now(before),
    );
  }

  return text;
}

/** Checks every moment; returns how many floods and endings it saw, so the test means something. */
function checkDance(map: CycleMap, snapshots: readonly DanceSnapshot[], label: string) {
  let floods = 0;
  snapshots.forEach((now, i) => {
    const where = `${label} moment ${i}`;
    const text = checkMoment(map, snapshots, i, where);
    const before = snapshots[i - 1];
    const newlyFlooded = ([0, 1] as const).filter(
      (p) => now.context.partners[p].flooded && before?.context.partners[p].flooded === false,
    );
    if (newlyFlooded.length > 0 && !now.hasTag('disengaged')) {
      floods += 1;
      const names = newlyFlooded.map((p) => map.partners[p].name);
      expect(text, where).toMatch(
        names.length === 2 ? /are both flooded/ : `${names[0]} is flooded`,
      );
    }
  });
  const last = snapshots.at(-1)!;
  const end = caption(map, snapshots, snapshots.length - 1);
  if (last.hasTag('reconnected')) expect(end).toMatch(/^Reconnected: /);
  else if (last.hasTag('disengaged')) expect(end).toMatch(/^Disengaged: /);
  else expect(end).toMatch(/: unresolved\./);
  return floods;
}

describe('every moment of every built-in dance', () => {
  it('says what just happened in at most two sentences, in the narrator’s voice, never the same twice in a row', () => {
    let floods = 0;
    for (const id of MODEL_IDS)
      for (let seed = 1; seed <= 5; seed++)
        for (const therapist of [false, true]) {
          const map = model(id);
          const studio = studioOf(map, seed, therapist);
          floods += checkDance(
            map,
            snapshotsOf(studio),
            `${id} seed ${seed}${therapist ? ' (therapist)' : ''}`,
          );
        }
    // Floods were seen and said: the check is not empty.
    expect(floods).toBeGreaterThan(20);
  });

  it('holds with repairs tried: landing, refused while flooded, again and again, a break, a couple’s own', () => {
    for (const id of MODEL_IDS)
      for (let seed = 1; seed <= 3; seed++) {
        const map = model(id);
        const studio = studioOf(map, seed);
        const flooded = snapshotsOf(studio).findIndex((s) =>
          s.context.partners.some((p) => p.flooded),
        );
        const at = flooded > 0 ? flooded : 20;
        const own = repairsOf(map.partners[1]).find((r) => r.id !== r.playsAs);
        repairAt(studio, at, 0, 'softReach');
        repairAt(studio, at + 1, 0, 'softReach');
        repairAt(studio, at + 2, 0, 'softReach');
        if (own !== undefined) repairAt(studio, at + 3, 1, own.id);
        repairAt(studio, at + 4, 1, 'no-such-repair');
        repairAt(studio, at + 5, 1, 'selfSoothingBreak');
        studio.send({ type: 'playback.seek', index: 100_000 });
        checkDance(map, snapshotsOf(studio), `${id} seed ${seed} with repairs`);
      }
  });
});

describe('one voice: the partners’ first-person words are quoted, never mixed in', () => {
  const polka = model('protest-polka');
  const [theo, priya] = polka.partners;

  it('frames each step as the partner’s own words, attributed by the narrator', () => {
    expect(stepSentence(polka, 0, 'trigger')).toBe(
      `What Theo notices: “Priya says ‘I'm fine’ and turns back to her laptop while I'm still talking.”`,
    );
    expect(stepSentence(polka, 1, 'trigger')).toBe(
      `What Priya notices: “${priya.layers.trigger}.”`,
    );
    expect(stepSentence(polka, 0, 'perception')).toBe(
      `What it means to Theo: “${theo.layers.perception}.”`,
    );
    expect(stepSentence(polka, 0, 'reactiveEmotion')).toBe(
      `What Theo feels: “${theo.layers.reactiveEmotion}.”`,
    );
    expect(stepSentence(polka, 0, 'move')).toBe(
      `What Theo does: “I push harder: ‘You never listen! Can you just look at me?’”`,
    );
    expect(stepSentence(polka, 0, 'follows-her')).toBe(
      `Then, for Theo: “I follow her down the hall, still talking.”`,
    );
  });

  it('never doubles quote marks, whatever the words hold', () => {
    const cases: [string, string | null][] = [
      ['"Stop saying sorry and talk to me!"', '“Stop saying sorry and talk to me!”'],
      ['“I’m fine.”', '“I’m fine.”'],
      ['I say "I\'m fine", and close the door', "“I say ‘I'm fine’, and close the door.”"],
      ['he says “later” and “not now”', '“he says ‘later’ and ‘not now’.”'],
      ['  spread\nover   lines:  ', '“spread over lines.”'],
      ['', null],
      ['   ', null],
      ['""', null],
    ];
    for (const [typed, said] of cases) {
      expect(quoted(typed), typed).toBe(said);
      if (said === null) continue;
      // One pair of the narrator's quotes, around the whole; none inside.
      expect(said.match(/[“”"]/g)).toEqual(['“', '”']);
    }
  });

  it('says a step not written yet plainly, and a name not written yet as “Partner 1”', () => {
    const blank: CycleMap = {
      ...polka,
      partners: [{ ...theo, name: ' ', layers: { ...theo.layers, trigger: '' } }, priya],
    };
    expect(stepSentence(blank, 0, 'trigger')).toBe('What Partner 1 notices: not written down yet.');
  });
});

describe('a repair tried', () => {
  const polka = model('protest-polka');
  const words = (by: PartnerIndex, id: string) =>
    quoted(repairsOf(polka.partners[by]).find((r) => r.id === id)!.words!)!;

  it('is said in the repair’s own words, with what it did, in the narration and the message', () => {
    const studio = studioOf(polka, 7);
    repairAt(studio, 2, 0, 'softReach');
    const narration = narrationOf(studio.getSnapshot());
    expect(narration).toBe(
      `Theo tries a soft reach: ${words(0, 'softReach')} It lands (a ${/(\d+) %/.exec(narration)![1]} % chance here): Priya can take it in, and the dance pauses.`,
    );
    expect(repairMessageOf(studio.getSnapshot())).toContain(words(0, 'softReach'));
  });

  it('a couple’s own repair is named by its label and quoted', () => {
    const studio = studioOf(polka, 7);
    repairAt(studio, 3, 1, 'hand-on-shoulder');
    expect(narrationOf(studio.getSnapshot())).toMatch(
      new RegExp(
        `^Priya tries their own repair, “Hand on his shoulder”: ${words(1, 'hand-on-shoulder').replace(/[()?.]/g, '\\$&')} It `,
      ),
    );
  });

  it('to a flooded partner, says why it cannot land, and counts the tries', () => {
    const studio = studioOf(polka, 7);
    const i = snapshotsOf(studio).findIndex((s) => s.context.partners[1].flooded);
    repairAt(studio, i, 0, 'softReach');
    expect(narrationOf(studio.getSnapshot())).toMatch(
      /^Theo tries a soft reach: “.*” Priya is flooded at \d+ bpm, so it can't land yet: a 20-minute break first\.$/,
    );
    expect(repairMessageOf(studio.getSnapshot())).toMatch(
      /A missed repair also counts as one more hurt\.$/,
    );
    repairAt(studio, i + 1, 0, 'softReach');
    expect(narrationOf(studio.getSnapshot())).toMatch(/^Theo tries a soft reach again: /);
    repairAt(studio, i + 2, 0, 'softReach');
    expect(narrationOf(studio.getSnapshot())).toMatch(/^Theo tries a soft reach a third time: /);
  });

  it('a break says whose, in their words, and that hearts calm', () => {
    const studio = studioOf(polka, 7);
    repairAt(studio, 40, 1, 'selfSoothingBreak');
    expect(narrationOf(studio.getSnapshot())).toMatch(
      new RegExp(
        `^Priya takes a 20-minute break to self-soothe: “My heart's racing .*” Hearts calm while they are apart \\(Theo \\d+ bpm, Priya \\d+ bpm\\); the dance is paused, not over\\.$`,
      ),
    );
  });
});

describe('flooding, said when it happens', () => {
  const polka = model('protest-polka');

  it('names whose heart, how fast, and what it means for listening', () => {
    const snapshots = snapshotsOf(studioOf(polka, 7));
    const i = snapshots.findIndex((s) => s.context.partners.some((p) => p.flooded));
    expect(caption(polka, snapshots, i)).toMatch(
      /^(Theo|Priya) is flooded: heart at [\d.]+ bpm, above the flood line of \d+\. Listening and repair can't get through until (Theo|Priya)'s body calms\.$/,
    );
    // Said once, not again while it lasts.
    expect(caption(polka, snapshots, i + 1)).not.toMatch(/flooded/);
  });

  it('with a therapist present, says the therapist helps both bodies slow down', () => {
    const snapshots = snapshotsOf(studioOf(polka, 7, true));
    const i = snapshots.findIndex((s) => s.context.partners.some((p) => p.flooded));
    expect(i).toBeGreaterThan(0);
    expect(caption(polka, snapshots, i)).toMatch(
      /with the therapist helping both bodies slow down\.$/,
    );
  });
});

describe('the loop’s state word, said when it changes', () => {
  const HOT = ['Calm', 'Tense', 'Escalating', 'Deep in the cycle'];
  const COLD = ['Calm', 'Quiet', 'Distant', 'Frozen'];

  it('has its own sentence for each word of both registers, and the deepest differ', () => {
    for (const word of [...HOT, ...COLD]) expect(CUE_SENTENCES[word], word).toBeDefined();
    const deeper = (words: string[]) =>
      words.slice(1).map((w, i) => cueNews(w, words[i]!)!.full[0]);
    expect(deeper(HOT)).toEqual([
      'The dance grows tense.',
      'The dance is escalating.',
      'The dance is deep in the cycle now.',
    ]);
    expect(deeper(COLD)).toEqual([
      'The dance goes quiet.',
      'The dance goes quiet and distant.',
      'The dance has frozen: the distance is at its deepest.',
    ]);
    expect(cueNews('Tense', 'Escalating')!.full).toEqual([
      'The dance eases a little, though it is still tense.',
    ]);
    expect(cueNews('Tense', 'Tense')).toBeNull();
  });

  it('tells a deeper word at once, and an easier one only once it holds', () => {
    expect(toldCues(['Calm', 'Tense', 'Calm', 'Tense', 'Calm', 'Calm', 'Calm'])).toEqual([
      'Calm',
      'Tense',
      'Tense',
      'Tense',
      'Tense',
      'Tense',
      'Calm',
    ]);
  });
});

describe('what is said when several things happen at once', () => {
  const news = (name: string, sentences: number, essential: boolean, short = true): News => ({
    full: Array.from({ length: sentences }, (_, i) => `${name} ${i + 1}.`),
    ...(short ? { short: `${name} short.` } : {}),
    essential,
  });

  it('keeps the ending, then a repair, then a flood; the loop’s word and the step fill what is left', () => {
    expect(fitNews([news('Step', 2, false)])).toEqual(['Step 1.', 'Step 2.']);
    expect(fitNews([news('Heat', 1, false), news('Step', 2, false)])).toEqual([
      'Heat 1.',
      'Step short.',
    ]);
    expect(
      fitNews([news('Flood', 2, true), news('Heat', 1, false), news('Step', 1, false)]),
    ).toEqual(['Flood 1.', 'Flood 2.']);
    expect(
      fitNews([news('Repair', 2, true), news('Flood', 2, true), news('Step', 1, false)]),
    ).toEqual(['Repair short.', 'Flood short.']);
    expect(
      fitNews([news('End', 2, true, false), news('Repair', 2, true), news('Flood', 2, true)]),
    ).toEqual(['End 1.', 'End 2.']);
  });
});
