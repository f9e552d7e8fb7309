/** Small cycle maps built in code for the app tests, and a helper that turns one into a chosen file. */
import { DEFAULT_SIMULATION, defaultDynamics, serializeCycleMap } from '../../src/core';
import type { CycleMap, Partner } from '../../src/core';

export function samplePartner(overrides: Partial<Partner> = {}): Partner {
  return {
    name: 'Alex',
    pronoun: 'she/her',
    position: 'pursuer',
    attachment: 'anxious',
    layers: {
      trigger: 'a late reply',
      perception: 'I don’t matter to you',
      reactiveEmotion: 'anger',
      move: 'I criticise',
      primaryEmotion: 'fear',
      attachmentFear: 'not mattering',
      longing: 'reassurance',
    },
    extraSteps: [],
    repairs: [{ kind: 'nameTheCycle', words: 'We’re in our loop again.' }],
    dynamics: defaultDynamics(overrides.position ?? 'pursuer', overrides.attachment ?? 'anxious'),
    ...overrides,
  };
}

export function sampleMap(overrides: Partial<CycleMap> = {}): CycleMap {
  return {
    id: 'alex-and-jo',
    title: 'Alex and Jo',
    notes: 'Our loop around late replies.',
    created: '2026-11-29T10:00:00.000Z',
    updated: '2026-11-29T10:00:00.000Z',
    partners: [
      samplePartner(),
      samplePartner({
        name: 'Jo',
        pronoun: 'he/him',
        position: 'withdrawer',
        attachment: 'avoidant',
        layers: {
          trigger: 'a raised voice',
          perception: 'I can never get it right',
          reactiveEmotion: 'numbness',
          move: 'I go quiet',
          primaryEmotion: 'shame',
          attachmentFear: 'being a failure',
          longing: 'acceptance',
        },
        repairs: [],
      }),
    ],
    simulation: DEFAULT_SIMULATION,
    ...overrides,
  };
}

export function jsonFile(text: string, name = 'map.cyclemap.json'): File {
  return new File([text], name, { type: 'application/json' });
}

export function mapFile(map: CycleMap): File {
  return jsonFile(serializeCycleMap(map), `${map.id}.cyclemap.json`);
}
