/** Plain-text helpers for a map's notes: they are always shown as text, never parsed as markup. */

/** Paragraphs are separated by a blank line; single line breaks stay inside their paragraph. */
export function notesParagraphs(notes: string): string[] {
  return notes
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

/** The first sentence of the notes, for a one-line summary beside a title. */
export function firstSentence(notes: string): string {
  const first = notesParagraphs(notes)[0] ?? '';
  const sentence = /^[\s\S]*?[.!?…]["'”’)]*(?=\s|$)/.exec(first);
  return (sentence?.[0] ?? first).replace(/\s+/g, ' ');
}
