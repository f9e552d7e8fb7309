/** The editor’s fields still to finish: each field reports its own problem, the summary lists them all. */
import { createContext, use, useEffect } from 'react';

/** A field that holds something the map cannot take yet, and what to do about it. */
export interface Problem {
  /** The field's element id, so the summary can link to it. */
  readonly fieldId: string;
  /** Which field, in words: "Partner 1’s name". */
  readonly where: string;
  readonly message: string;
}

export interface ProblemReporter {
  readonly report: (problem: Problem) => void;
  readonly clear: (fieldId: string) => void;
}

/** Without an editor around it, a field keeps its message to itself. */
export const ProblemsContext = createContext<ProblemReporter>({
  report: () => undefined,
  clear: () => undefined,
});

/** Tells the editor's summary about this field's problem while there is one. */
export function useReportProblem(fieldId: string, where: string, message: string | null): void {
  const { report, clear } = use(ProblemsContext);
  useEffect(() => {
    if (message === null) return undefined;
    report({ fieldId, where, message });
    return () => clear(fieldId);
  }, [report, clear, fieldId, where, message]);
}
