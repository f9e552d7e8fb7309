/**
 * What the bodies just did, in words: a partner flooding (and what that means for listening), or
 * calming. Names only — a map need not say anyone's pronouns.
 */
import { floodLine, type CycleMap, type Dance, type PartnerIndex } from '../../core';
import type { News } from './news';
import { nameOf } from './stepWords';

const BOTH = [0, 1] as const;

/** With a therapist in the room, the words say who helps the bodies slow down. */
const helped = (now: Dance) =>
  now.therapistPresent ? ', with the therapist helping both bodies slow down' : '';

/**
 * The flooding that just began, if any: whose heart, how fast, and what it means.
 *
 * @example
 * floodNews(polka, now, before)?.full;
 * // ['Theo is flooded: heart at 104 bpm, above the flood line of 100.',
 * //  "Listening and repair can't get through until Theo's body calms."]
 */
export function floodNews(map: CycleMap, now: Dance, before: Dance | undefined): News | null {
  const flooding = BOTH.filter(
    (i) => now.partners[i].flooded && before?.partners[i].flooded !== true,
  );
  if (flooding.length === 0) return null;
  const line = (i: PartnerIndex) => Math.round(floodLine(map.partners[i].dynamics));
  // Just over the line, a whole number could read as not over it ("100 bpm, above 100").
  const bpm = (i: PartnerIndex) => {
    const heart = now.partners[i].heartRate;
    return Math.round(heart) > line(i) ? String(Math.round(heart)) : heart.toFixed(1);
  };
  const therapist = helped(now);
  if (flooding.length === 2) {
    const who = `${nameOf(map, 0)} and ${nameOf(map, 1)} are both flooded: hearts at ${bpm(0)} and ${bpm(1)} bpm`;
    return {
      full: [`${who}.`, `Neither can take the other in until their bodies calm${therapist}.`],
      short: `${who}${therapist}.`,
      essential: true,
    };
  }
  const i = flooding[0]!;
  const name = nameOf(map, i);
  const too = now.partners[i === 0 ? 1 : 0].flooded ? ' too' : '';
  const after =
    too === ''
      ? `Listening and repair can't get through until ${name}'s body calms${therapist}.`
      : `With both flooded, neither can take the other in until their bodies calm${therapist}.`;
  return {
    full: [
      `${name} is flooded${too}: heart at ${bpm(i)} bpm, above the flood line of ${line(i)}.`,
      after,
    ],
    short: `${name} is flooded${too}: heart at ${bpm(i)} bpm${therapist}.`,
    essential: true,
  };
}

/** A flooded body that has just come back under its flood line. */
export function calmNews(map: CycleMap, now: Dance, before: Dance | undefined): News | null {
  const calmed = BOTH.filter(
    (i) => !now.partners[i].flooded && before?.partners[i].flooded === true,
  );
  if (calmed.length === 0) return null;
  if (calmed.length === 2)
    return {
      full: [
        `${nameOf(map, 0)}'s and ${nameOf(map, 1)}'s bodies have calmed below the flood line.`,
      ],
      essential: false,
    };
  const i = calmed[0]!;
  return {
    full: [
      `${nameOf(map, i)}'s body has calmed: heart at ${Math.round(now.partners[i].heartRate)} bpm.`,
    ],
    essential: false,
  };
}
