/**
 * A step of the loop in the narrator's words: whose step and what kind, then the partner's own
 * words as a quotation ("What Theo notices: “…”"), so a map written in the first person reads in
 * one voice.
 */
import { stepsOf, type AboveTheLineLayer, type CycleMap, type PartnerIndex } from '../../core';
import { quoted } from './quote';

/** A partner's name as the narration says it; a name not written yet is "Partner 1" or "Partner 2". */
export function nameOf(map: CycleMap, partner: PartnerIndex): string {
  return map.partners[partner].name.trim() || `Partner ${partner + 1}`;
}

const LEADS: Record<AboveTheLineLayer, (name: string) => string> = {
  trigger: (name) => `What ${name} notices`,
  perception: (name) => `What it means to ${name}`,
  reactiveEmotion: (name) => `What ${name} feels`,
  move: (name) => `What ${name} does`,
};

/**
 * One sentence for the step the loop is on.
 *
 * @example
 * stepSentence(polka, 0, 'perception');
 * // 'What it means to Theo: “I don't matter to her; I'm just an interruption.”'
 */
export function stepSentence(map: CycleMap, partner: PartnerIndex, stepId: string): string {
  const name = nameOf(map, partner);
  const step = stepsOf(map.partners[partner]).find((s) => s.id === stepId);
  const lead = step?.layer === undefined ? `Then, for ${name}` : LEADS[step.layer](name);
  return `${lead}: ${quoted(step?.text ?? '') ?? 'not written down yet.'}`;
}
