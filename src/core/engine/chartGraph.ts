/**
 * `chartGraph`: the cycle statechart as plain JSON — every state with its tags and description,
 * every transition with its event, guard, actions and targets, eventless ones included (XState's
 * own `toJSON()` leaves those out, and the break's return and the repair's routing are eventless).
 */
import type { CycleMachine } from './machine';

export interface ChartTransition {
  /** The event it takes, or `null` for an eventless (`always`) transition. */
  readonly event: string | null;
  readonly source: string;
  /** Target state ids, without the leading `#`; empty for a transition that stays put. */
  readonly targets: readonly string[];
  readonly guard: string | null;
  readonly actions: readonly { readonly type: string; readonly params?: unknown }[];
  readonly description?: string;
}

export interface ChartState {
  readonly id: string;
  readonly key: string;
  readonly type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  /** `deep` or `shallow` for a history state. */
  readonly history?: 'deep' | 'shallow';
  /** The id of the child state entered first, for a compound state. */
  readonly initial?: string;
  readonly tags: readonly string[];
  readonly description?: string;
  readonly transitions: readonly ChartTransition[];
  readonly states: readonly ChartState[];
}

/** What XState's transition `toJSON()` gives, as far as this graph reads it. */
interface TransitionJson {
  readonly eventType: string | null;
  readonly source: string;
  readonly target?: readonly string[];
  readonly guard?: unknown;
  readonly actions?: readonly unknown[];
  readonly description?: string;
}

interface NodeLike {
  readonly id: string;
  readonly key: string;
  readonly type: ChartState['type'];
  readonly history: false | 'deep' | 'shallow';
  readonly tags: readonly string[];
  readonly description?: string | undefined;
  readonly initial?: { readonly target: readonly { readonly id: string }[] } | undefined;
  readonly states: Readonly<Record<string, NodeLike>>;
  readonly transitions: ReadonlyMap<string, readonly { toJSON(): unknown }[]>;
  readonly always?: readonly { toJSON(): unknown }[] | undefined;
}

/**
 * @example
 * const graph = chartGraph(compileMachine(map));
 * graph.states.find((s) => s.key === 'break')?.transitions[0]?.targets; // ['cyclemap.loop.resume']
 */
export function chartGraph(machine: CycleMachine): ChartState {
  return stateOf(machine.root);
}

function stateOf(node: NodeLike): ChartState {
  const transitions = [...[...node.transitions.values()].flat(), ...(node.always ?? [])].map((t) =>
    transitionOf(t.toJSON() as TransitionJson),
  );
  const initial = node.type === 'compound' ? node.initial?.target[0]?.id : undefined;
  return {
    id: node.id,
    key: node.key,
    type: node.type,
    ...(node.history === false ? {} : { history: node.history }),
    ...(initial === undefined ? {} : { initial }),
    tags: [...node.tags],
    ...(node.description === undefined ? {} : { description: node.description }),
    transitions,
    states: Object.values(node.states).map(stateOf),
  };
}

function transitionOf(json: TransitionJson): ChartTransition {
  return {
    event: json.eventType === '' || json.eventType === null ? null : json.eventType,
    source: json.source.replace(/^#/, ''),
    targets: (json.target ?? []).map((t) => t.replace(/^#/, '')),
    guard: nameOf(json.guard),
    actions: (json.actions ?? []).flatMap((action) => {
      const type = nameOf(action);
      if (type === null) return [];
      const params = (action as { params?: unknown }).params;
      return [params === undefined ? { type } : { type, params }];
    }),
    ...(json.description === undefined ? {} : { description: json.description }),
  };
}

/** A named guard or action: `'isReach'` or `{ type: 'isReach', params }`. */
function nameOf(item: unknown): string | null {
  if (typeof item === 'string') return item;
  if (typeof item === 'object' && item !== null && 'type' in item) {
    const type = item.type;
    return typeof type === 'string' ? type : null;
  }
  return null;
}
