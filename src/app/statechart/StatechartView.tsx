/**
 * The "Statechart" view: the cycle's compiled XState machine, laid out by elkjs (in a worker,
 * loaded when this view first opens) and live — it follows the dance's playback, marking the
 * active states, the last transition and a flooded partner's step. Playback controls sit above it;
 * a turn arrow leaving an active state takes the turn when clicked, and a repair arrow asks whose
 * repair and which, then tries it. Zoom, "Fit to view", a
 * left-right or top-down layout, and the exports.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ChartDirection, ElkLayout, PartnerIndex, SceneEdge } from '../../core';
import {
  activeStatesOf,
  canRepair,
  danceOf,
  indexOf,
  lastIndexOf,
  momentOf,
  previousActiveStatesOf,
} from '../../studio';
import { useActionKeys, useDispatch } from '../actions/useActions';
import { Playback } from '../dance/Playback';
import { useStudioSelector } from '../studio/StudioContext';
import { enabledEdges, isRepairEdge, lastEdges } from './liveEdges';
import { RepairChooser } from './RepairChooser';
import { StatechartDrawing, type LiveState } from './StatechartDrawing';
import { StatechartExports } from './StatechartExports';
import { useStatechartLayout } from './useStatechartLayout';

// For warmStatechart.ts: the view's chunk starts the worker ahead of its first layout.
export { warmLayoutWorker } from './workerLayout';

const ZOOM_STEP = 1.25;
const MIN_ZOOM = 0.1;
const MAX_ZOOM = 3;

interface StatechartViewProps {
  /** ELK's layout: the worker's unless given (a story gives one that fails). */
  readonly layout?: ElkLayout;
}

export function StatechartView({ layout: elkLayout }: StatechartViewProps) {
  const run = useDispatch();
  useActionKeys();
  const dance = useStudioSelector(danceOf);
  const active = useStudioSelector(activeStatesOf);
  const before = useStudioSelector(previousActiveStatesOf);
  const moment = useStudioSelector(momentOf);
  const index = useStudioSelector(indexOf);
  const last = useStudioSelector(lastIndexOf);
  const repairable = useStudioSelector(canRepair);
  const [choosing, setChoosing] = useState<SceneEdge | null>(null);
  const [direction, setDirection] = useState<ChartDirection>('DOWN');
  const [zoom, setZoom] = useState(1);
  const frame = useRef<HTMLDivElement>(null);
  const map = dance?.map ?? null;
  const layout = useStatechartLayout(map, direction, elkLayout);
  const scene = layout.status === 'ready' ? layout.scene : null;

  const live = useMemo((): LiveState => {
    const edges = scene?.edges ?? [];
    const partners = moment?.context.partners;
    return {
      active,
      lastEdges: new Set(lastEdges(edges, before, active).map((edge) => edge.id)),
      enabled: enabledEdges(edges, active, index < last, repairable),
      flooded: [partners?.[0].flooded === true, partners?.[1].flooded === true],
    };
  }, [scene, active, before, moment, index, last, repairable]);
  // The chooser closes once its arrow can no longer be taken (the dance moved on or ended).
  const chosen = choosing !== null && live.enabled.has(choosing.id) ? choosing : null;

  const onTakeEdge = useCallback(
    (edge: SceneEdge) => {
      if (edge.event === 'TICK') run('stepForward', undefined);
      else if (isRepairEdge(edge)) setChoosing(edge);
    },
    [run],
  );
  const closeChooser = () => {
    const edge = chosen;
    setChoosing(null);
    // Back to the arrow that opened it, as a menu button does.
    if (edge !== null) {
      frame.current?.querySelector<SVGGElement>(`[data-edge="${CSS.escape(edge.id)}"]`)?.focus();
    }
  };
  const onChoose = (by: PartnerIndex, kind: string) => {
    setChoosing(null);
    run('tryRepair', { by, kind });
    frame.current?.focus();
  };
  const fit = () => {
    const box = frame.current?.getBoundingClientRect();
    if (scene === null || box === undefined || box.width === 0) return setZoom(1);
    const room = Math.min(box.width / scene.width, (window.innerHeight * 0.75) / scene.height);
    setZoom(Math.max(MIN_ZOOM, Math.min(1, room)));
  };

  if (map === null) {
    return (
      <p className="page-loading" role="status">
        Opening the statechart…
      </p>
    );
  }
  return (
    <section className="statechart-view" aria-label="Statechart">
      <h2>The statechart</h2>
      <p className="statechart-intro">
        The cycle as the state machine that plays it: each partner’s steps in their own words, the
        crossings where one’s move sets off the other’s trigger, the ways out — a repair, a break
        that returns to where the loop was — and the two endings. It follows the dance as it plays.
      </p>
      <Playback />
      <div className="statechart-tools" role="group" aria-label="View of the statechart">
        <button type="button" onClick={() => setZoom((z) => Math.min(MAX_ZOOM, z * ZOOM_STEP))}>
          Zoom in
        </button>
        <button type="button" onClick={() => setZoom((z) => Math.max(MIN_ZOOM, z / ZOOM_STEP))}>
          Zoom out
        </button>
        <button type="button" onClick={fit}>
          Fit to view
        </button>
        <button
          type="button"
          aria-pressed={direction === 'RIGHT'}
          onClick={() => setDirection((d) => (d === 'DOWN' ? 'RIGHT' : 'DOWN'))}
        >
          Lay out left to right
        </button>
      </div>
      {layout.status === 'laying-out' && (
        <p className="page-loading" role="status">
          Laying out the statechart…
        </p>
      )}
      {layout.status === 'failed' && (
        <p className="statechart-problem" role="alert">
          The statechart could not be laid out in this browser. Its exports below still work:
          Mermaid and JSON need no layout.
        </p>
      )}
      {scene !== null && (
        // Scrolls both ways when zoomed in; drag the scrollbars or use the keyboard to move about.
        <div
          className="statechart-frame"
          ref={frame}
          tabIndex={0}
          role="group"
          aria-label="The statechart, scrollable"
        >
          <StatechartDrawing scene={scene} live={live} zoom={zoom} onTakeEdge={onTakeEdge} />
          {chosen !== null && (
            <RepairChooser
              map={map}
              edge={chosen}
              at={{
                x: (chosen.labelBox?.x ?? chosen.points[0]?.x ?? 0) * zoom,
                y: ((chosen.labelBox?.y ?? 0) + (chosen.labelBox?.height ?? 0)) * zoom,
              }}
              onChoose={onChoose}
              onClose={closeChooser}
            />
          )}
        </div>
      )}
      <StatechartExports map={map} scene={scene} direction={direction} />
    </section>
  );
}
