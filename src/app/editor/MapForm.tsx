/** The editor's form for an editable map: title, both partners, the advanced numbers, the summary of what is left, and the preview. */
import { useCallback, useId, useMemo, useState } from 'react';
import { LIMITS, type CycleMap } from '../../core';
import { useDispatch } from '../actions/useActions';
import { AdvancedSettings } from './AdvancedSettings';
import { DancePreview } from './DancePreview';
import { PartnerFieldset } from './PartnerFieldset';
import { ProblemSummary } from './ProblemSummary';
import { TextField } from './TextField';
import { UndoRedoButtons } from './UndoRedoButtons';
import { ProblemsContext, type Problem, type ProblemReporter } from './useReportProblem';

export function MapForm({ map }: { readonly map: CycleMap }) {
  const run = useDispatch();
  const headingId = useId();
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const report = useCallback(
    (problem: Problem) =>
      setProblems((list) => [...list.filter((p) => p.fieldId !== problem.fieldId), problem]),
    [],
  );
  const clear = useCallback(
    (fieldId: string) => setProblems((list) => list.filter((p) => p.fieldId !== fieldId)),
    [],
  );
  const reporter = useMemo<ProblemReporter>(() => ({ report, clear }), [report, clear]);
  const [first, second] = map.partners;

  return (
    <ProblemsContext value={reporter}>
      <section className="map-editor" aria-labelledby={headingId}>
        <header className="editor-header">
          <h2 id={headingId}>Map the cycle</h2>
          <UndoRedoButtons />
        </header>
        <p className="editor-intro">
          Walk the cycle one partner at a time: what each sees, what they tell themselves, what they
          feel and do — then what lies underneath. The cycle is the problem, never either partner.
          Every change is kept as you type.
        </p>
        <ProblemSummary problems={problems} />
        <div className="editor-layout">
          <div className="editor-form">
            <TextField
              label="Title"
              value={map.title}
              maxLength={LIMITS.titleChars}
              required={{
                where: 'The map’s title',
                message:
                  'Give the map a title — a few words you’ll know it by, like “Our Sunday loop”.',
              }}
              onText={(title) => run('edit', { kind: 'setTitle', title })}
            />
            <div className="editor-columns">
              <PartnerFieldset partner={first} index={0} />
              <PartnerFieldset partner={second} index={1} />
            </div>
            <AdvancedSettings map={map} />
          </div>
          <DancePreview />
        </div>
      </section>
    </ProblemsContext>
  );
}
