/** What happened to the files just opened: a sentence per problem (an alert), and what was added (a status). */
import type { ImportNotes } from './useMapImport';

export function ImportNotesView({ notes }: { readonly notes: ImportNotes }) {
  return (
    <div className="import-notes">
      {/* Always in the page, so a screen reader announces a sentence the moment it appears. */}
      <div className="open-error" role="alert">
        {notes.problems.length === 1 && <p>{notes.problems[0]}</p>}
        {notes.problems.length > 1 && (
          <>
            <p>
              Not everything could be opened ({notes.problems.length} problems). Nothing stored was
              changed because of them.
            </p>
            <ul>
              {notes.problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p className="import-added" role="status">
        {notes.added}
      </p>
    </div>
  );
}
