/**
 * The laid-out statechart drawn live: boxes for the states in the map's own words, arrows for the
 * transitions, the active states and the last transition marked (`data-active`, `data-last`), a
 * flooded partner's active step marked too. The keyboard moves from state to state (arrows, Home,
 * End), each read out by name and whether it is active; an arrow leaving an active state is a
 * button: a turn's takes the turn, a repair's asks whose repair and which.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import type { SceneBox, SceneEdge, StatechartScene } from '../../core';
import { BOX_FONT } from '../../core/statechart/boxText';
import { EDGE_LABEL_FONT } from '../../core/statechart/elkGraph';

export interface LiveState {
  readonly active: ReadonlySet<string>;
  /** The arrows of the last transition (two when it passed through a state that lasts no time). */
  readonly lastEdges: ReadonlySet<string>;
  readonly enabled: ReadonlySet<string>;
  readonly flooded: readonly [boolean, boolean];
}

interface StatechartDrawingProps {
  readonly scene: StatechartScene;
  readonly live: LiveState;
  /** How large the drawing is shown: 1 is its own size. */
  readonly zoom: number;
  readonly onTakeEdge: (edge: SceneEdge) => void;
}

const n = (value: number) => Math.round(value * 10) / 10;

/** A state's name as a screen reader reads it, with whether it is active (and flooded). */
export function boxName(scene: StatechartScene, box: SceneBox, live: LiveState): string {
  const words = box.lines.join(' ').replace(/\s+/g, ' ').trim();
  const whose = box.partner === null ? '' : `${scene.partners[box.partner]}: `;
  const name = box.kind === 'history' ? 'History: back to where the loop was' : words;
  const active = live.active.has(box.id);
  const flooded =
    active && box.kind === 'step' && box.partner !== null && live.flooded[box.partner];
  return `${whose}${name}${active ? ', active' : ''}${flooded ? ', flooded' : ''}`;
}

export function StatechartDrawing({ scene, live, zoom, onTakeEdge }: StatechartDrawingProps) {
  const focusable = scene.boxes.filter((box) => box.kind !== 'initial');
  const [focused, setFocused] = useState(0);
  const refs = useRef(new Map<string, SVGGElement>());
  const outer = focusable.filter((box) => box.compound);
  const inner = focusable.filter((box) => !box.compound);
  const order = [...outer, ...inner];

  const onKey = (event: KeyboardEvent<SVGGElement>, index: number) => {
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? -1
          : 0;
    let next = index + step;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = order.length - 1;
    if (next === index || next < 0 || next >= order.length) return;
    // The page's own arrow keys step the dance; here they move between states.
    event.preventDefault();
    setFocused(next);
    refs.current.get(order[next]!.id)?.focus();
  };

  const boxOf = (box: SceneBox) => {
    const index = order.indexOf(box);
    return (
      <StateBox
        key={box.id}
        box={box}
        name={boxName(scene, box, live)}
        active={live.active.has(box.id)}
        flooded={box.partner !== null && box.kind === 'step' && live.flooded[box.partner]}
        tabIndex={index === Math.min(focused, order.length - 1) ? 0 : -1}
        onKeyDown={(event) => onKey(event, index)}
        onFocus={() => setFocused(index)}
        elementRef={(element) => {
          if (element === null) refs.current.delete(box.id);
          else refs.current.set(box.id, element);
        }}
      />
    );
  };

  return (
    <svg
      className="statechart-svg"
      viewBox={`0 0 ${n(scene.width)} ${n(scene.height)}`}
      width={n(scene.width * zoom)}
      height={n(scene.height * zoom)}
      data-direction={scene.direction === 'DOWN' ? 'down' : 'right'}
    >
      <defs>
        <marker
          id="statechart-view-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0 0L10 5L0 10z" className="statechart-arrowhead" />
        </marker>
      </defs>
      <g role="list" aria-label="States of the cycle">
        {scene.boxes
          .filter((box) => box.kind === 'initial')
          .map((box) => (
            <circle
              key={box.id}
              className="statechart-initial"
              cx={n(box.x + box.width / 2)}
              cy={n(box.y + box.height / 2)}
              r={n(box.width / 2)}
              aria-hidden="true"
            />
          ))}
        {outer.map(boxOf)}
        {/* Drawn between the outer and inner boxes; in the list only while an arrow can be taken
            (a list holds only items, so the arrows' buttons sit in an item of their own). */}
        <g
          {...(live.enabled.size === 0
            ? { 'aria-hidden': true }
            : { role: 'listitem', 'aria-label': 'Arrows you can take now' })}
        >
          {scene.edges.map((edge) => (
            <Edge
              key={edge.id}
              edge={edge}
              last={live.lastEdges.has(edge.id)}
              enabled={live.enabled.has(edge.id)}
              onTake={() => onTakeEdge(edge)}
              sourceName={nameOf(scene, edge.source)}
              targetName={nameOf(scene, edge.target)}
            />
          ))}
        </g>
        {inner.map(boxOf)}
      </g>
    </svg>
  );
}

function nameOf(scene: StatechartScene, id: string): string {
  const box = scene.boxes.find((b) => b.id === id);
  if (box === undefined) return id;
  const whose = box.partner === null ? '' : `${scene.partners[box.partner]}’s `;
  return `${whose}${(box.lines[0] ?? '').toLowerCase()}`;
}

interface StateBoxProps {
  readonly box: SceneBox;
  readonly name: string;
  readonly active: boolean;
  readonly flooded: boolean;
  readonly tabIndex: number;
  readonly onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
  readonly onFocus: () => void;
  readonly elementRef: (element: SVGGElement | null) => void;
}

function StateBox({
  box,
  name,
  active,
  flooded,
  tabIndex,
  onKeyDown,
  onFocus,
  elementRef,
}: StateBoxProps) {
  const common = {
    ref: elementRef,
    className: `box box-${box.kind}`,
    'data-kind': box.kind,
    'data-partner': box.partner ?? undefined,
    'data-state': box.id,
    'data-active': active,
    'data-flooded': flooded && active ? true : undefined,
    role: 'listitem',
    'aria-label': name,
    tabIndex,
    onKeyDown,
    onFocus,
  } as const;
  if (box.kind === 'history') {
    const r = box.width / 2;
    return (
      <g {...common}>
        <circle cx={n(box.x + r)} cy={n(box.y + r)} r={n(r)} />
        <text
          x={n(box.x + r)}
          y={n(box.y + r + 4.5)}
          textAnchor="middle"
          className="heading"
          aria-hidden="true"
        >
          {box.lines[0]}
        </text>
      </g>
    );
  }
  return (
    <g {...common}>
      <rect
        x={n(box.x)}
        y={n(box.y)}
        width={n(box.width)}
        height={n(box.height)}
        rx={box.compound ? 10 : 6}
      />
      <g aria-hidden="true">
        {box.lines.map((line, i) => (
          <text
            key={i}
            x={n(box.x + BOX_FONT.padX)}
            y={n(box.y + BOX_FONT.padY + BOX_FONT.size + i * BOX_FONT.line - 1)}
            className={i === 0 || (box.kind !== 'step' && box.compound) ? 'heading' : undefined}
          >
            {line}
          </text>
        ))}
      </g>
    </g>
  );
}

interface EdgeProps {
  readonly edge: SceneEdge;
  readonly last: boolean;
  readonly enabled: boolean;
  readonly onTake: () => void;
  readonly sourceName: string;
  readonly targetName: string;
}

function Edge({ edge, last, enabled, onTake, sourceName, targetName }: EdgeProps) {
  const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)} ${n(p.y)}`).join('');
  const box = edge.labelBox;
  const take = enabled
    ? {
        role: 'button',
        tabIndex: 0,
        'aria-label':
          edge.event === 'REPAIR'
            ? `${edge.guard === 'isBreak' ? 'Take a break' : 'Try a repair'}: ${edge.label}, from ${sourceName} to ${targetName}`
            : `Take the turn: ${edge.label}, from ${sourceName} to ${targetName}`,
        ...(edge.event === 'REPAIR' ? { 'aria-haspopup': 'dialog' as const } : {}),
        onClick: onTake,
        onKeyDown: (event: KeyboardEvent<SVGGElement>) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          onTake();
        },
      }
    : { 'aria-hidden': true };
  return (
    <g
      className={`edge edge-${edge.kind}`}
      data-kind={edge.kind}
      data-edge={edge.id}
      data-guard={edge.guard ?? undefined}
      data-source={edge.source}
      data-target={edge.target}
      data-event={edge.event ?? undefined}
      data-last={last}
      data-enabled={enabled}
      {...take}
    >
      {d !== '' && <path d={d} markerEnd="url(#statechart-view-arrow)" />}
      {box !== null && (
        <g className="edge-label">
          <rect x={n(box.x)} y={n(box.y)} width={n(box.width)} height={n(box.height)} rx={3} />
          <text x={n(box.x + EDGE_LABEL_FONT.padX)} y={n(box.y + box.height - 4)}>
            {edge.label}
          </text>
        </g>
      )}
    </g>
  );
}
