/**
 * A word a couple may not know, where it appears: the word itself links to its plain-words entry
 * in the glossary. For a control's label, where a link inside would get in the way, use `TermHelp`.
 *
 * @example
 * <p>Listening can't get through while <Term id="flooding">flooded</Term>.</p>
 */
import { glossaryHref, type GlossaryId } from './glossaryTerms';

interface TermProps {
  readonly id: GlossaryId;
  /** The word as the sentence says it ("flooded", "inertia"). */
  readonly children: string;
}

export function Term({ id, children }: TermProps) {
  return (
    // The name starts with the word shown, and says where the link goes.
    <a
      className="term"
      href={glossaryHref(id)}
      data-term={id}
      aria-label={`${children}, in the glossary`}
    >
      {children}
    </a>
  );
}
