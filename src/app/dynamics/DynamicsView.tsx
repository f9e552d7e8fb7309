/**
 * The "Dynamics" view: the Gottman–Murray model behind the dance, to explore. A phase plane with
 * both nullclines, every steady state by kind and a noise-free trajectory from a start one places;
 * each partner's influence function; and the model's eight figures a partner as sliders, which edit
 * one's own map through the editor's undoable actions (a built-in pattern: an unsaved copy). The
 * plane follows the sliders live. Loaded when first opened.
 */
import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { steadyStates, type CycleMap, type ModelDynamics, type UpdateOrder } from '../../core';
import { documentMapOf, isEditable, reducedMotionChoiceOf } from '../../studio';
import { Term } from '../../viz/glossary/Term';
import { Switch } from '../dance/Switch';
import { usePrefersReducedMotion } from '../dance/useReducedMotion';
import { UndoRedoButtons } from '../editor/UndoRedoButtons';
import { useStudioSelector } from '../studio/StudioContext';
import { CopyHistory } from './CopyHistory';
import { DynamicsLoading } from './DynamicsLoading';
import { FigureSliders } from './FigureSliders';
import { FitFromData } from './fit/FitFromData';
import { InfluencePlot } from './InfluencePlot';
import { PhasePlane, type Start } from './PhasePlane';
import { useDynamicsFigures, withCouple } from './useDynamicsFigures';
import { UpdateChoice } from './UpdateChoice';

/** What "Fit from data" is given: the partners' names, and how to use a fit's figures. */
export interface FitSlot {
  readonly names: readonly [string, string];
  /**
   * Both partners' eight figures for this map, one step of undo: on one's own map the editor's
   * `setModelDynamics` edit, on a pattern its unsaved copy here.
   */
  readonly onUse: (dynamics: readonly [ModelDynamics, ModelDynamics]) => void;
}

interface DynamicsViewProps {
  /**
   * "Fit from data" at the foot of the view: the real one (`FitFromData`) unless a story or a test
   * gives a stand-in.
   */
  readonly fitFromData?: (slot: FitSlot) => ReactNode;
  /** Where the first trajectory starts, if one is placed from the outset (stories). */
  readonly initialStart?: Start;
  /** Whether the vector field shows from the outset (stories); off by default. */
  readonly initialField?: boolean;
  /**
   * On a built-in pattern: puts a copy of `map` (the pattern with the figures explored here) in
   * "Your maps" and opens it. Without it the view offers no way to keep the explored figures.
   */
  readonly onEditCopy?: (map: CycleMap) => void;
}

export function DynamicsView(props: DynamicsViewProps) {
  const map = useStudioSelector(documentMapOf);
  const editable = useStudioSelector(isEditable);
  if (map === null) return <DynamicsLoading />;
  return <DynamicsOfMap map={map} editable={editable} {...props} />;
}

interface DynamicsOfMapProps extends DynamicsViewProps {
  readonly map: CycleMap;
  readonly editable: boolean;
}

function DynamicsOfMap({
  map,
  editable,
  fitFromData,
  initialStart,
  initialField = false,
  onEditCopy,
}: DynamicsOfMapProps) {
  const headingId = useId();
  const influenceId = useId();
  const figures = useDynamicsFigures(map, editable);
  const [p0, p1] = figures.couple;
  const names = useMemo(
    () => [map.partners[0].name, map.partners[1].name] as const,
    [map.partners],
  );
  const [update, setUpdate] = useState<UpdateOrder>('simultaneous');
  const [showField, setShowField] = useState(initialField);
  const [start, setStart] = useState<Start | null>(initialStart ?? null);
  const [placement, setPlacement] = useState(0);
  const motionChoice = useStudioSelector(reducedMotionChoiceOf);
  const systemReducedMotion = usePrefersReducedMotion();
  const reducedMotion = motionChoice ?? systemReducedMotion;
  // The same points under either update; each kind is the one the chosen update gives.
  const states = useMemo(() => steadyStates(p0, p1, { update }), [p0, p1, update]);

  const onStart = useCallback((at: Start) => {
    setStart(at);
    setPlacement((n) => n + 1);
  }, []);
  const onUpdate = (next: UpdateOrder) => {
    setUpdate(next);
    // The same start, drawn again under the other update.
    setPlacement((n) => n + 1);
  };

  return (
    <section className="dynamics-view" aria-labelledby={headingId}>
      <h2 id={headingId}>The dynamics</h2>
      <p className="dynamics-intro">
        The model behind the dance (Gottman and Murray’s): each partner’s next score is what carries
        over of their own (<Term id="inertia">inertia</Term>), a pull towards where they would
        settle alone (their <Term id="set-point">set point</Term>), and the push of the other’s
        score (the <Term id="influence">influence function</Term>). Where the two nullclines cross,
        neither score changes: a <Term id="steady-state">steady state</Term>. The cycle is what the
        plane shows, not either partner.
      </p>
      <p className="dynamics-note">
        The figures are illustrations, not measurements of a real couple: they show the shape of a
        dance, and where it tends to go.
      </p>
      <div className="dynamics-tools" role="group" aria-label="What the phase plane shows">
        <UpdateChoice update={update} onUpdate={onUpdate} />
        <Switch label="Vector field" checked={showField} onChange={setShowField} />
        <button type="button" disabled={start === null} onClick={() => setStart(null)}>
          Clear the start
        </button>
      </div>
      <div className="dynamics-main">
        <PhasePlane
          names={names}
          p0={p0}
          p1={p1}
          states={states}
          update={update}
          showField={showField}
          start={start}
          onStart={onStart}
          placement={placement}
          reducedMotion={reducedMotion}
        />
        <div className="dynamics-figures">
          {figures.editsMap ? (
            <UndoRedoButtons />
          ) : (
            <CopyHistory
              figures={figures}
              onKeep={onEditCopy && (() => onEditCopy(withCouple(map, figures.couple)))}
            />
          )}
          {([0, 1] as const).map((partner) => (
            <FigureSliders
              key={partner}
              partner={partner}
              name={names[partner]}
              dynamics={figures.couple[partner]}
              onFigure={figures.change}
              onDone={figures.done}
            />
          ))}
        </div>
      </div>
      <section className="influence-functions" aria-labelledby={influenceId}>
        <h3 id={influenceId}>Influence functions</h3>
        <div className="influence-plots">
          <InfluencePlot partner={0} name={names[0]} other={names[1]} d={p0} />
          <InfluencePlot partner={1} name={names[1]} other={names[0]} d={p1} />
        </div>
      </section>
      {fitFromData !== undefined ? (
        fitFromData({ names, onUse: figures.useAll })
      ) : (
        <FitFromData names={names} onUse={figures.useAll} />
      )}
    </section>
  );
}
