/**
 * The glossary: every word of the cycle and of the model a couple may not know, in plain words.
 * Each term has its own address (`#/glossary/flooding`); opening one scrolls to its entry and
 * puts the focus there.
 */
import { useEffect, useRef } from 'react';
import { GLOSSARY_TERMS, glossaryHref, type GlossaryId } from '../../viz/glossary/glossaryTerms';
import { GLOSSARY_ENTRIES } from './glossaryEntries';

interface GlossaryPageProps {
  /** The term whose entry to open at, or null for the top of the page. */
  readonly term: string | null;
  readonly onBack: () => void;
}

/** The id of a term's entry on the page. */
export const entryIdOf = (id: GlossaryId) => `glossary-${id}`;

export function GlossaryPage({ term, onBack }: GlossaryPageProps) {
  const top = useRef<HTMLHeadingElement>(null);
  const headings = useRef(new Map<string, HTMLHeadingElement>());
  useEffect(() => {
    // An unknown term opens the page at its top.
    (headings.current.get(term ?? '') ?? top.current)?.focus();
  }, [term]);
  return (
    <article className="glossary">
      <div className="map-top">
        <h1 ref={top} tabIndex={-1}>
          Glossary
        </h1>
        <div className="map-actions">
          <button type="button" onClick={onBack}>
            Back
          </button>
        </div>
      </div>
      <p className="glossary-intro">
        The words of the cycle and of the model behind the dance, in plain words. Cyclemap is for
        learning: it is not therapy, and its figures are illustrations, not measurements of a real
        couple.
      </p>
      <nav className="glossary-contents" aria-label="Terms">
        <ul>
          {GLOSSARY_ENTRIES.map(({ id }) => (
            <li key={id}>
              <a href={glossaryHref(id)} aria-current={id === term ? 'location' : undefined}>
                {GLOSSARY_TERMS[id]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {GLOSSARY_ENTRIES.map(({ id, says }) => (
        <section
          key={id}
          id={entryIdOf(id)}
          className="glossary-entry"
          aria-labelledby={`${entryIdOf(id)}-term`}
          data-current={id === term}
        >
          <h2
            id={`${entryIdOf(id)}-term`}
            tabIndex={-1}
            ref={(heading) => {
              if (heading === null) headings.current.delete(id);
              else headings.current.set(id, heading);
            }}
          >
            {GLOSSARY_TERMS[id]}
          </h2>
          {says.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}
    </article>
  );
}
