/** Partners for the stories, in the states a map goes through: complete, half explored, with extra steps. */
import { defaultDynamics } from '../src/core';
import type { Partner } from '../src/core';

export const theo: Partner = {
  name: 'Theo',
  pronoun: 'he/him',
  position: 'pursuer',
  attachment: 'anxious',
  layers: {
    trigger: 'Priya says “I’m fine” and turns back to her laptop',
    perception: 'I don’t matter to her; I’m just an interruption',
    reactiveEmotion: 'frustrated, then angry',
    move: 'I push harder: “You never listen!”',
    primaryEmotion: 'lonely and scared',
    attachmentFear: 'that I’m losing her, that I’m alone in this',
    longing: 'to know I still matter to her',
  },
  extraSteps: [],
  repairs: [{ kind: 'softReach', words: 'I miss you. Can we sit together for a minute?' }],
  dynamics: defaultDynamics('pursuer', 'anxious'),
};

/** A map started in a first session: the steps are there, what lies beneath is not explored yet. */
export const priyaHalfExplored: Partner = {
  name: 'Priya',
  pronoun: 'she/her',
  position: 'withdrawer',
  attachment: 'avoidant',
  layers: {
    trigger: 'Theo’s voice gets sharp, and he follows me down the hall',
    perception: 'I’ve failed him again',
    reactiveEmotion: 'tense and flat',
    move: 'I say “I’m fine” and close the study door',
    primaryEmotion: '',
    attachmentFear: '',
    longing: '',
  },
  extraSteps: [],
  repairs: [],
  dynamics: defaultDynamics('withdrawer', 'avoidant'),
};

/** Extra steps chained one after another, and one after a layer. */
export const kitWithExtraSteps: Partner = {
  name: 'Kit',
  pronoun: 'they/them',
  position: 'mixed',
  attachment: 'fearful',
  layers: {
    trigger: 'Ana says “sorry, sorry” without looking at me',
    perception: 'She’s not really here; she just wants it over',
    reactiveEmotion: 'panic, then anger',
    move: 'I push: “Stop saying sorry and talk to me!”',
    primaryEmotion: 'afraid of being left, and afraid of being let in',
    attachmentFear: 'that if I need her, she’ll go',
    longing: 'to be held steady',
  },
  extraSteps: [
    { id: 'checks-phone', text: 'I check my phone to calm down', after: 'perception' },
    { id: 'feels-too-close', text: 'when she turns to me, it’s suddenly too close', after: 'move' },
    { id: 'slams-door', text: 'I say “forget it” and slam the door', after: 'feels-too-close' },
  ],
  repairs: [],
  dynamics: defaultDynamics('mixed', 'fearful'),
};
