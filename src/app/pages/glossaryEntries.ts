/**
 * The glossary's entries: every word of the cycle and of the model that a couple may not know, in
 * plain words (DOMAIN.md, docs/model.md). Loaded with the glossary page.
 */
import type { GlossaryId } from '../../viz/glossary/glossaryTerms';

export interface GlossaryEntry {
  readonly id: GlossaryId;
  /** Paragraphs in plain words. */
  readonly says: readonly string[];
}

/** In the order a couple meets them: the cycle, its steps, the body, the way out, then the model. */
export const GLOSSARY_ENTRIES: readonly GlossaryEntry[] = [
  {
    id: 'cycle',
    says: [
      'The fight a couple keeps having, seen as a loop both of them are caught in. Each partner’s way of protecting themselves sets off the other, so the loop feeds itself. Emotionally Focused Therapy (EFT) calls it the negative cycle, or the dance of distress.',
      'The cycle is the problem, not either partner: it is the common enemy the two of you can face together. (Where one partner is afraid of the other, or where there is violence or control, this is not the right way to see it — see the safety notes.)',
    ],
  },
  {
    id: 'the-line',
    says: [
      'Above the line is what the other partner can see and hear: the trigger, what it seems to mean, the surface feeling and the move. Below the line is what usually stays hidden: the softer feeling underneath, the fear about the relationship, and the longing. A repair reaches below the line.',
    ],
  },
  {
    id: 'trigger',
    says: [
      'What one partner sees or hears that sets the loop going for them: a sigh, a closed door, a late reply, a sharp voice. Often it is the other partner’s move.',
    ],
  },
  {
    id: 'perception',
    says: [
      'What a partner tells themselves the trigger means — “I don’t matter to you”, “I can never get it right”. It happens in a flash, and it shapes everything that follows.',
    ],
  },
  {
    id: 'reactive-emotion',
    says: [
      'The feeling on the surface, the one the other partner sees: anger, frustration, irritation, or numbness. It is real, and it usually protects a softer feeling underneath.',
    ],
  },
  {
    id: 'move',
    says: [
      'What a partner does when the loop has them: criticise, demand, chase, defend, explain, go quiet, leave the room. A move is a way of protecting oneself, and it is the other partner’s trigger.',
    ],
  },
  {
    id: 'primary-emotion',
    says: [
      'The softer feeling under the surface one: fear, hurt, sadness, shame, loneliness. It is below the line, and sharing it is what lets the other partner come closer.',
    ],
  },
  {
    id: 'attachment-fear-and-longing',
    says: [
      'The attachment fear is what a partner is afraid of for the relationship: being left, not mattering, failing, being rejected. The longing is what they need underneath it all: reassurance, closeness, acceptance, to be wanted. Both sit at the bottom of the map, below the line.',
    ],
  },
  {
    id: 'pursuer-withdrawer',
    says: [
      'Positions in the dance, not kinds of people. A pursuer protests the distance — asks, criticises, follows. A withdrawer steps back — goes quiet, defends, leaves to calm things down. Some partners blame (push back hard), some placate (smooth things over to keep the peace), and some switch between reaching out and pulling back within one fight.',
      'Each position makes sense as a way of coping, and each one sets off the other’s.',
    ],
  },
  {
    id: 'attachment',
    says: [
      'How a person tends to handle closeness and distance when it matters, learned over a lifetime. Research sees it as two sliding scales (worry about being left, and unease with closeness), not as boxes. A map may name one — anxious, avoidant, fearful-avoidant or secure — only as a tendency the cycle pulls on, never as a verdict on a person; “Not sure” is fine.',
    ],
  },
  {
    id: 'demon-dialogues',
    says: [
      'Sue Johnson’s names for the three most common dances. Find the Bad Guy: both blame, each trying to prove the other is the problem. Protest Polka: one protests the distance, the other hears criticism and retreats. Freeze and Flee: both have gone quiet and numb, and no one reaches any more — often where a long Polka ends up, and the most worrying of the three.',
    ],
  },
  {
    id: 'loop-state',
    says: [
      'The word beside the loop says how deep the dance runs at that moment. A fight heats up: Calm, Tense, Escalating, Deep in the cycle. A dance where both turn away cools down instead: Calm, Quiet, Distant, Frozen. While a partner is flooded the word never says the dance is calm.',
    ],
  },
  {
    id: 'flooding',
    says: [
      'When the body is swamped by alarm: the heart races (above about 100 beats a minute for most people, about 80 for very fit ones), and the body gets ready to fight or flee. A flooded person cannot really listen, and kind words do not get through.',
      'The flood line is the heart rate above which a partner counts as flooded in Cyclemap: by default 100 beats a minute, or 30 above their resting heart rate, whichever comes first. The way back is to stop and calm the body before talking on.',
    ],
  },
  {
    id: 'negative-sentiment-override',
    says: [
      'When things have been bad for long enough, even neutral or kind words are heard as hostile. It is why a repair can fail in the middle of a fight, and why calming down first helps.',
    ],
  },
  {
    id: 'are',
    says: [
      'The question underneath many fights is “Are you there for me?”. A.R.E. is the answer a partner longs for: Accessible (I can reach you), Responsive (you respond to what I feel) and Engaged (you are here with me, and I matter to you).',
    ],
  },
  {
    id: 'repair',
    says: [
      'Anything either partner says or does that stops the fight spiralling: naming the cycle, a gentle start-up, a soft reach from the feeling underneath, a reassuring A.R.E. response, taking responsibility for one’s own part, humour or affection, or a break to calm down. A couple can write their own, in their own words.',
      'A repair does not always land: it fails more often while the other is flooded or deep in the dance, and its timing matters. Trying again, a little softer, can still work.',
    ],
  },
  {
    id: 'self-soothing-break',
    says: [
      'Stopping on purpose, for at least 20 minutes, long enough for the body to calm down — and saying when you will come back (within a day). During the break, do something calming rather than going over the argument. The dance is paused, not over.',
    ],
  },
  {
    id: 'repair-windows',
    says: [
      'Where in the loop a repair is most likely to break it. Cyclemap plays the same dance many times with each repair tried at each step of the first three rounds, and counts how often it ends reconnected. The figures are an illustration of timing, not a prediction for a real couple.',
    ],
  },
  {
    id: 'therapist-present',
    says: [
      'A calm third person in the room helps both bodies settle: co-regulation. With “Therapist present” on, hearts rise more slowly and repairs land more often. It is an illustration of why help matters, not a measure of any therapist.',
    ],
  },
  {
    id: 'inertia',
    says: [
      'How much of the last moment’s feeling carries into the next. With high inertia a partner is slow to change — slow to heat up, and slow to calm down again. It is one of the numbers of the Gottman–Murray model Cyclemap plays.',
    ],
  },
  {
    id: 'set-point',
    says: [
      'Where a partner’s feeling would settle on its own, without the other: the mood they come back to. A more negative set point means starting from a worse place.',
    ],
  },
  {
    id: 'influence',
    says: [
      'How much one partner’s feeling moves the other’s: how strongly the other’s negativity pulls this partner down, and how much their warmth lifts them. When both pull each other down more than each comes back to their own set point, the fight runs away.',
    ],
  },
  {
    id: 'steady-state',
    says: [
      'The phase plane is a map of every moment a talk can be in: one partner’s feeling across, the other’s down. Each partner has a nullcline, the line where their own feeling stops changing; where the two lines cross, neither feeling changes, and that point is a steady state.',
      'A stable steady state pulls nearby moments towards it: a mood a conversation drifts back to. An unstable one pushes them away, and a saddle pulls from two sides and pushes out along the others — the border between two moods a talk can fall into. When a demon dialogue runs away, the plane shows it as moments sliding past a saddle towards the edge of the scale.',
      'These are the mathematics of Gottman and Murray’s model, drawn from the figures of a map; they show the shape of a dance, not a measurement of a couple.',
    ],
  },
  {
    id: 'seed',
    says: [
      'A number that fixes the small chances in a dance: the little ups and downs of each turn and whether a repair lands. The same map with the same seed plays the same dance every time, so you can replay it, show it, or try a repair at the same moment again. Change the seed to see another way the same dance can go.',
    ],
  },
  {
    id: 'rounds-and-turns',
    says: [
      'A turn is one step of the loop, and stands for 6 seconds of a talk (research on couples measured feelings every 6 seconds). A round is once around the loop: both partners’ steps. A talk lasts 150 turns by default: 15 minutes, as in the research.',
    ],
  },
  {
    id: 'endings',
    says: [
      'Reconnected: the loop is broken and both turn towards each other, after a repair lands or when both have settled. Disengaged: for a long stretch both have been flooded or shut down, and neither can reach the other — the moment outside help matters most. Unresolved: the talk’s time ran out with the loop still running; nothing was settled, and nothing is lost.',
    ],
  },
];
