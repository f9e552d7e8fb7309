/** The fields still to finish, listed at the top of the editor with a link to each. */
import type { Problem } from './useReportProblem';

interface ProblemSummaryProps {
  readonly problems: readonly Problem[];
}

export function ProblemSummary({ problems }: ProblemSummaryProps) {
  // The live region is always there, so a screen reader hears the list when it appears.
  return (
    <div
      className="editor-summary"
      role="status"
      aria-label="Left to finish"
      data-empty={problems.length === 0}
    >
      {problems.length > 0 && (
        <>
          <p className="editor-summary-heading">
            {problems.length === 1
              ? 'One thing to finish. Until then, the map keeps its last complete version:'
              : `${problems.length} things to finish. Until then, the map keeps its last complete version:`}
          </p>
          <ul>
            {problems.map((problem) => (
              <li key={problem.fieldId}>
                <a
                  href={`#${problem.fieldId}`}
                  onClick={(event) => {
                    // Focus the field itself (a fragment link only scrolls to it in some browsers).
                    event.preventDefault();
                    document.getElementById(problem.fieldId)?.focus();
                  }}
                >
                  {problem.where}
                </a>
                : {problem.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
