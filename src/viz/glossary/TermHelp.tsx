/**
 * A small "?" beside a control or a heading that names a term, linking to the term's entry in the
 * glossary; its accessible name says which term ("What “Seed” means").
 *
 * @example
 * <label htmlFor={id}>Seed</label> <TermHelp id="seed" />
 */
import { glossaryHref, GLOSSARY_TERMS, type GlossaryId } from './glossaryTerms';

interface TermHelpProps {
  readonly id: GlossaryId;
  /** The term as the control names it; the glossary's own name for it if not given. */
  readonly term?: string;
}

export function TermHelp({ id, term = GLOSSARY_TERMS[id] }: TermHelpProps) {
  return (
    <a
      className="term-help"
      href={glossaryHref(id)}
      data-term={id}
      aria-label={`What “${term}” means`}
    >
      <span aria-hidden="true">?</span>
    </a>
  );
}
