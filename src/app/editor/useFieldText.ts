/** A text field's own copy of what the person typed, kept in step with the map when the map changes underneath it (undo, redo). */
import { useState } from 'react';

/**
 * The draft shown in a field: what was typed, even when the map does not take it (an empty name),
 * replaced by the stored text whenever that changes from elsewhere.
 *
 * @example
 * const [draft, setDraft] = useFieldText(partner.name);
 */
export function useFieldText(stored: string): readonly [string, (text: string) => void] {
  const [draft, setDraft] = useState(stored);
  const [seen, setSeen] = useState(stored);
  // Adjusting state while rendering (React's pattern for "reset when a prop changes"): an undo
  // shows at once, without a second paint of the old text.
  if (stored !== seen) {
    setSeen(stored);
    setDraft(stored);
  }
  return [draft, setDraft] as const;
}
