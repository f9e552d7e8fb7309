/**
 * "Export JSON": the statechart's config as plain JSON, in XState's config shape (`id`, `initial`,
 * `states`, `on`, `always`, `tags`, `description`, targets as `#id`), built from `chartGraph`
 * rather than XState's `machine.toJSON()`, which leaves out the eventless transitions (the break's
 * return and the repair's routing). Guards and actions are named, as in `setup`; their code is in
 * "Export XState code". Each step's description is the partner's own words, exactly as written.
 */
import { stepsOf } from '../document/steps';
import type { CycleMap } from '../document/types';
import { chartGraph, type ChartState, type ChartTransition } from '../engine/chartGraph';
import { compileMachine } from '../engine/machine';

/** A state node's config as JSON. */
export interface StateConfigJson {
  readonly type?: 'compound' | 'parallel' | 'final' | 'history';
  readonly history?: 'deep' | 'shallow';
  readonly initial?: string;
  readonly tags?: readonly string[];
  readonly description?: string;
  readonly meta?: Readonly<Record<string, unknown>>;
  readonly on?: Readonly<Record<string, readonly TransitionConfigJson[]>>;
  readonly always?: readonly TransitionConfigJson[];
  readonly states?: Readonly<Record<string, StateConfigJson>>;
}

export interface TransitionConfigJson {
  readonly target?: readonly string[];
  readonly guard?: string;
  readonly actions?: ChartTransition['actions'];
  readonly description?: string;
}

export interface MachineConfigJson extends StateConfigJson {
  readonly id: string;
}

/**
 * The machine's config as JSON for this map.
 *
 * @example
 * JSON.stringify(machineConfig(map), null, 2); // what "Export JSON" saves
 */
export function machineConfig(map: CycleMap): MachineConfigJson {
  const root = chartGraph(compileMachine(map));
  const words = new Map<string, { label: string; text: string; partner: 0 | 1 }>();
  map.partners.forEach((partner, index) => {
    for (const step of stepsOf(partner)) {
      words.set(`${root.id}.loop.partner${index}.${step.id}`, {
        label: step.label,
        text: step.text,
        partner: index === 1 ? 1 : 0,
      });
    }
  });
  const stateOf = (state: ChartState): StateConfigJson => {
    const step = words.get(state.id);
    const on: Record<string, TransitionConfigJson[]> = {};
    const always: TransitionConfigJson[] = [];
    for (const t of state.transitions) {
      if (t.event === null) always.push(transitionOf(t));
      else (on[t.event] ??= []).push(transitionOf(t));
    }
    const initial = state.states.find((child) => child.id === state.initial)?.key;
    return {
      ...(state.type === 'atomic' ? {} : { type: state.type }),
      ...(state.history === undefined ? {} : { history: state.history }),
      ...(initial === undefined ? {} : { initial }),
      ...(state.tags.length === 0 ? {} : { tags: state.tags }),
      ...(step !== undefined
        ? { description: step.text, meta: { partner: step.partner, step: step.label } }
        : state.description === undefined
          ? {}
          : { description: state.description }),
      ...(Object.keys(on).length === 0 ? {} : { on }),
      ...(always.length === 0 ? {} : { always }),
      ...(state.states.length === 0
        ? {}
        : { states: Object.fromEntries(state.states.map((child) => [child.key, stateOf(child)])) }),
    };
  };
  return {
    id: root.id,
    ...stateOf(root),
    description: map.title,
    meta: { partners: [map.partners[0].name, map.partners[1].name] },
  };
}

function transitionOf(t: ChartTransition): TransitionConfigJson {
  return {
    ...(t.targets.length === 0 ? {} : { target: t.targets.map((id) => `#${id}`) }),
    ...(t.guard === null ? {} : { guard: t.guard }),
    ...(t.actions.length === 0 ? {} : { actions: t.actions }),
    ...(t.description === undefined ? {} : { description: t.description }),
  };
}
