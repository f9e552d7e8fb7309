/**
 * The statechart as boxes and arrows to draw, before any layout: each state of the compiled
 * machine a box holding the map's own words, each transition an arrow labelled with its event and
 * guard, and each one given the kind that lets a view draw the crossings, the repair path, the
 * break and its history return, and the endings distinctly.
 */
import { stepsOf } from '../document/steps';
import type { CycleMap } from '../document/types';
import { chartGraph, type ChartState, type ChartTransition } from '../engine/chartGraph';
import { compileMachine, LOOP_HISTORY_ID, MACHINE_ID, partnerKey } from '../engine/machine';
import type { PartnerIndex } from '../engine/danceModel';
import { boxText, type BoxText } from './boxText';

export type BoxKind =
  | 'initial'
  | 'loop'
  | 'region'
  | 'step'
  | 'history'
  | 'break'
  | 'attempt'
  | 'repairing'
  | 'repair'
  | 'final';

export type EdgeKind =
  'initial' | 'loop' | 'crossing' | 'repair' | 'break' | 'return' | 'ending' | 'other';

export interface ChartBox extends BoxText {
  /** The state's id (`cyclemap.loop.partner0.trigger`), or `<parent>.[*]` for an initial dot. */
  readonly id: string;
  /** The id of the box it sits in, or `null` at the top. */
  readonly parent: string | null;
  readonly kind: BoxKind;
  /** Whose steps these are, for a partner's region and their steps. */
  readonly partner: PartnerIndex | null;
  /** Whether other boxes sit inside it (its size then comes from the layout). */
  readonly compound: boolean;
  /** The child state entered first, for a compound state. */
  readonly initial: string | null;
  /** The state's name as shown (a layer's label, a partner's region, …), unwrapped. */
  readonly name: string;
  /** The map's own words for a step, exactly as written; `null` for other states. */
  readonly words: string | null;
}

export interface ChartEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The event it takes, or `null` for an eventless (`always`) transition. */
  readonly event: string | null;
  readonly guard: string | null;
  /** `TICK`, `REPAIR [isReach]`, `always [hasSettled]`… */
  readonly label: string;
  readonly kind: EdgeKind;
  /**
   * Drawn once from a partner's region for a transition every one of their steps has (a repair
   * can be tried from any step), rather than once from each step.
   */
  readonly fromEveryStep: boolean;
}

export interface ChartModel {
  readonly title: string;
  /** The top-level state the machine starts in. */
  readonly initial: string | null;
  readonly partners: readonly [string, string];
  readonly boxes: readonly ChartBox[];
  readonly edges: readonly ChartEdge[];
}

/** Headings of the states that are the same in every map. */
const FIXED_LABELS: Readonly<Record<string, string>> = {
  loop: 'The loop',
  resume: 'H*',
  break: 'Self-soothing break',
  attempt: 'A repair reaches',
  repairing: 'The repair path',
  pause: 'Pause',
  softReach: 'Soft reach',
  response: 'Response',
  reconnected: 'Reconnected',
  disengaged: 'Disengaged',
};

const LOOP_ID = `${MACHINE_ID}.loop`;
const REPAIRING_ID = `${MACHINE_ID}.repairing`;

/**
 * The boxes and arrows of a map's statechart, in the order of the machine's own definition, so
 * the same map always gives the same model.
 *
 * @example
 * const model = chartModel(map);
 * model.edges.filter((e) => e.kind === 'crossing').length; // 2: one each way
 */
export function chartModel(map: CycleMap): ChartModel {
  const root = chartGraph(compileMachine(map));
  const boxes: ChartBox[] = [];
  const edges: ChartEdge[] = [];
  const kinds = new Map<string, ChartBox>();

  const visit = (state: ChartState, parent: string | null): void => {
    const box = boxOf(map, state, parent);
    boxes.push(box);
    kinds.set(box.id, box);
    // The machine starts in the loop, and a landed repair starts the repair path: an initial dot each.
    if (state.id === LOOP_ID || state.id === REPAIRING_ID) {
      const dot = initialDot(state.id);
      boxes.push(dot);
      kinds.set(dot.id, dot);
      if (state.initial !== undefined)
        edges.push(initialEdge(`e${edges.length}`, dot.id, initialLeaf(state)));
    }
    for (const child of state.states) visit(child, state.id);
  };
  for (const child of root.states) visit(child, null);

  const transitions = root.states.flatMap(function all(state): ChartTransition[] {
    return [...state.transitions, ...state.states.flatMap(all)];
  });
  for (const { source, transition } of merged(root, transitions)) {
    for (const target of transition.targets) {
      const from = kinds.get(source);
      const to = kinds.get(target);
      if (from === undefined || to === undefined) continue;
      edges.push({
        id: `e${edges.length}`,
        source,
        target,
        event: transition.event,
        guard: transition.guard,
        label: `${transition.event ?? 'always'}${transition.guard === null ? '' : ` [${transition.guard}]`}`,
        kind: edgeKind(from, to),
        fromEveryStep: source !== transition.source,
      });
    }
  }
  return {
    title: map.title,
    initial: root.initial ?? null,
    partners: [map.partners[0].name, map.partners[1].name],
    boxes,
    edges,
  };
}

/** The state the machine enters for a compound state: its initial child, followed down. */
function initialLeaf(state: ChartState): string {
  let here = state;
  for (;;) {
    const next = here.states.find((child) => child.id === here.initial);
    if (next === undefined) return here.id;
    here = next;
  }
}

function initialDot(parent: string): ChartBox {
  return {
    id: `${parent}.[*]`,
    parent,
    kind: 'initial',
    partner: null,
    compound: false,
    initial: null,
    name: 'Start',
    words: null,
    ...boxText.dot(),
  };
}

function initialEdge(id: string, source: string, target: string): ChartEdge {
  return {
    id,
    source,
    target,
    event: null,
    guard: null,
    label: '',
    kind: 'initial',
    fromEveryStep: false,
  };
}

function boxOf(map: CycleMap, state: ChartState, parent: string | null): ChartBox {
  const compound = state.states.length > 0;
  const base = { id: state.id, parent, compound, initial: state.initial ?? null };
  const partnerMatch = /^cyclemap\.loop\.partner([01])(?:\.(.+))?$/.exec(state.id);
  if (partnerMatch !== null) {
    const partner: PartnerIndex = partnerMatch[1] === '1' ? 1 : 0;
    const name = map.partners[partner].name;
    if (partnerMatch[2] === undefined) {
      const heading = `${name}’s steps`;
      return {
        ...base,
        kind: 'region',
        partner,
        name: heading,
        words: null,
        ...boxText.heading(heading),
      };
    }
    const step = stepsOf(map.partners[partner]).find((s) => s.id === state.key);
    const heading = step?.label ?? state.key;
    const words = step?.text ?? '';
    return {
      ...base,
      kind: 'step',
      partner,
      name: heading,
      words,
      ...boxText.step(heading, words),
    };
  }
  const label = FIXED_LABELS[state.key] ?? state.key;
  const kind = boxKind(state, parent);
  const text =
    kind === 'history'
      ? boxText.history(label)
      : compound
        ? boxText.heading(label)
        : boxText.step(label, undefined);
  return { ...base, kind, partner: null, name: label, words: null, ...text };
}

function boxKind(state: ChartState, parent: string | null): BoxKind {
  if (state.type === 'final') return 'final';
  if (state.type === 'history') return 'history';
  if (state.id === LOOP_ID) return 'loop';
  if (state.id === REPAIRING_ID) return 'repairing';
  if (parent === REPAIRING_ID) return 'repair';
  if (state.tags.includes('break')) return 'break';
  return 'attempt';
}

function edgeKind(from: ChartBox, to: ChartBox): EdgeKind {
  if (to.id === LOOP_HISTORY_ID) return 'return';
  if (to.kind === 'final') return 'ending';
  if (to.kind === 'break') return 'break';
  if (to.kind === 'attempt' || to.kind === 'repairing' || to.kind === 'repair') return 'repair';
  if (from.kind === 'step' && to.kind === 'step') {
    return from.partner === to.partner ? 'loop' : 'crossing';
  }
  return 'other';
}

/**
 * Every transition with the state to draw it from: a transition that every step of a partner has
 * alike (same event, guard and targets) is drawn once, from their region.
 */
function merged(
  root: ChartState,
  transitions: readonly ChartTransition[],
): { source: string; transition: ChartTransition }[] {
  const regions = root.states
    .flatMap((s) => s.states)
    .filter((s) => /^cyclemap\.loop\.partner[01]$/.test(s.id) && s.states.length > 0);
  const shared = new Map<string, string>();
  for (const region of regions) {
    const counts = new Map<string, number>();
    for (const step of region.states) {
      for (const key of new Set(step.transitions.map(keyOf))) {
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    for (const [key, count] of counts) {
      if (count === region.states.length && region.states.length > 1) {
        shared.set(`${region.id}|${key}`, region.id);
      }
    }
  }
  const out: { source: string; transition: ChartTransition }[] = [];
  const done = new Set<string>();
  for (const transition of transitions) {
    const region = transition.source.replace(/\.[^.]+$/, '');
    const sharedKey = `${region}|${keyOf(transition)}`;
    const from = shared.get(sharedKey);
    if (from === undefined) {
      out.push({ source: transition.source, transition });
    } else if (!done.has(sharedKey)) {
      done.add(sharedKey);
      out.push({ source: from, transition });
    }
  }
  return out;
}

function keyOf(t: ChartTransition): string {
  return JSON.stringify([t.event, t.guard, t.targets]);
}

/** The key of the partner region of this partner, for views that look one up. */
export const regionId = (partner: PartnerIndex) => `${LOOP_ID}.${partnerKey(partner)}`;
