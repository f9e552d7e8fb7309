/** A map's notes as plain paragraphs; the text is never parsed as markup. */
import { notesParagraphs } from './notesText';

export function NotesText({ notes }: { readonly notes: string }) {
  const paragraphs = notesParagraphs(notes);
  if (paragraphs.length === 0) return null;
  return (
    <div className="notes">
      {paragraphs.map((paragraph, index) => (
        // Paragraphs have no identity beyond their place, and the notes never reorder while shown.
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
