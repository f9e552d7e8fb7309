/** The map's statechart laid out (in the worker), again whenever the map or the direction changes. */
import { useEffect, useState } from 'react';
import {
  layoutStatechart,
  type ChartDirection,
  type CycleMap,
  type ElkLayout,
  type StatechartScene,
} from '../../core';
import { workerLayout } from './workerLayout';

export type LayoutState =
  | { readonly status: 'laying-out' }
  | { readonly status: 'ready'; readonly scene: StatechartScene; readonly ms: number }
  | { readonly status: 'failed' };

interface Result {
  readonly map: CycleMap;
  readonly direction: ChartDirection;
  readonly state: Exclude<LayoutState, { status: 'laying-out' }>;
}

const LAYING_OUT: LayoutState = { status: 'laying-out' };

/** `map` is null until the dance has loaded: nothing is laid out yet. `layout` is ELK's (the worker's). */
export function useStatechartLayout(
  map: CycleMap | null,
  direction: ChartDirection,
  layout: ElkLayout = workerLayout,
): LayoutState {
  const [result, setResult] = useState<Result | null>(null);
  useEffect(() => {
    if (map === null) return undefined;
    let current = true;
    const started = performance.now();
    layoutStatechart(map, { layout, direction }).then(
      (scene) => {
        const ms = performance.now() - started;
        if (current) setResult({ map, direction, state: { status: 'ready', scene, ms } });
      },
      () => {
        if (current) setResult({ map, direction, state: { status: 'failed' } });
      },
    );
    return () => {
      current = false;
    };
  }, [map, direction, layout]);
  // A layout for another map or direction is stale: this one is still being laid out.
  return result !== null && result.map === map && result.direction === direction
    ? result.state
    : LAYING_OUT;
}
