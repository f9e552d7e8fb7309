/** Why an export could not be made, in a sentence (and that the others still work). */
export function ExportProblem({ problem }: { readonly problem: string | null }) {
  if (problem === null) return null;
  return (
    <p className="export-problem" role="alert">
      {problem}
    </p>
  );
}
