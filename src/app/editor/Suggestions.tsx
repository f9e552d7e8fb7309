/** Words to start from for one field, behind a disclosure so they cost no tab stops until wanted. */
import { useId } from 'react';

export interface SuggestionSet {
  readonly words: readonly string[];
  /** Whether a pick adds to what is there (feelings often come together) or replaces it. */
  readonly combine: boolean;
  /** What the list offers, as its disclosure says: "Ideas for the trigger". */
  readonly label: string;
}

interface SuggestionsProps {
  readonly set: SuggestionSet;
  readonly current: string;
  readonly maxLength: number;
  readonly onPick: (text: string) => void;
}

/** The field's text after picking `word`: added to a list of words, or in place of the text. */
function picked(current: string, word: string, combine: boolean): string {
  const text = current.trim();
  if (!combine || text === '') return word;
  const listed = text.split(',').map((part) => part.trim().toLowerCase());
  return listed.includes(word.toLowerCase()) ? current : `${text}, ${word}`;
}

export function Suggestions({ set, current, maxLength, onPick }: SuggestionsProps) {
  const howId = useId();
  return (
    <details className="editor-suggestions">
      <summary>{set.label}</summary>
      <p className="editor-suggestions-how" id={howId}>
        {set.combine
          ? 'Pick a word to add it to the field, then change anything you like.'
          : 'Pick one to fill the field, then change it into your own words.'}
      </p>
      <ul className="editor-suggestion-list" aria-label={set.label}>
        {set.words.map((word) => {
          const next = picked(current, word, set.combine);
          return (
            <li key={word}>
              <button
                type="button"
                aria-describedby={howId}
                // A pick that would run past the field's limit is left out rather than cut short.
                disabled={next.length > maxLength}
                onClick={() => onPick(next)}
              >
                {word}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
