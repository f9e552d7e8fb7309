// The glossary: every term a couple may not know, in plain words, reachable from the header by
// keyboard and from a term where it appears — each at its own address.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { GlossaryPage } from '../../src/app/pages/GlossaryPage';
import { GLOSSARY_ENTRIES } from '../../src/app/pages/glossaryEntries';
import { hrefOf, parseRoute } from '../../src/app/routing/routes';
import { historyDepth } from '../../src/app/routing/useRoute';
import { GLOSSARY_IDS, GLOSSARY_TERMS, glossaryHref } from '../../src/viz/glossary/glossaryTerms';
import { Term } from '../../src/viz/glossary/Term';
import { TermHelp } from '../../src/viz/glossary/TermHelp';

/** The terms the issue names, each of which must be explained (by its glossary id). */
const MUST_EXPLAIN = [
  'cycle',
  'the-line',
  'trigger',
  'perception',
  'reactive-emotion',
  'move',
  'primary-emotion',
  'attachment-fear-and-longing',
  'pursuer-withdrawer',
  'flooding',
  'negative-sentiment-override',
  'are',
  'repair',
  'self-soothing-break',
  'inertia',
  'set-point',
  'influence',
  'seed',
  'rounds-and-turns',
  'endings',
  'repair-windows',
  'therapist-present',
];

describe('the glossary page', () => {
  it('explains every term, once, each in its own entry with an id to link to', () => {
    render(<GlossaryPage term={null} onBack={() => {}} />);
    expect(GLOSSARY_ENTRIES.map((entry) => entry.id).sort()).toEqual([...GLOSSARY_IDS].sort());
    for (const id of MUST_EXPLAIN) expect(GLOSSARY_IDS).toContain(id);
    for (const id of GLOSSARY_IDS) {
      const entry = screen.getByRole('region', { name: GLOSSARY_TERMS[id] });
      expect(entry).toHaveAttribute('id', `glossary-${id}`);
      // Plain words: a few sentences, not a bare heading.
      expect(entry.textContent.length).toBeGreaterThan(GLOSSARY_TERMS[id].length + 80);
    }
    const contents = screen.getByRole('navigation', { name: 'Terms' });
    expect(within(contents).getAllByRole('link')).toHaveLength(GLOSSARY_IDS.length);
    expect(within(contents).getByRole('link', { name: 'Seed' })).toHaveAttribute(
      'href',
      '#/glossary/seed',
    );
  });

  it('explains seed, flooding, negative sentiment override, inertia, A.R.E. and set point in plain words', () => {
    render(<GlossaryPage term={null} onBack={() => {}} />);
    const entry = (id: keyof typeof GLOSSARY_TERMS) =>
      screen.getByRole('region', { name: GLOSSARY_TERMS[id] });
    expect(entry('seed')).toHaveTextContent(/same seed plays the same dance/);
    expect(entry('flooding')).toHaveTextContent(/100 beats a minute/);
    expect(entry('negative-sentiment-override')).toHaveTextContent(
      /kind words are heard as hostile/,
    );
    expect(entry('inertia')).toHaveTextContent(/carries into the next/);
    expect(entry('are')).toHaveTextContent(/Accessible.*Responsive.*Engaged/);
    expect(entry('set-point')).toHaveTextContent(/settle on its own/);
  });

  it('opens at the term its address names, with the focus on it', () => {
    render(<GlossaryPage term="flooding" onBack={() => {}} />);
    const heading = screen.getByRole('heading', { level: 2, name: GLOSSARY_TERMS.flooding });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('region', { name: GLOSSARY_TERMS.flooding })).toHaveAttribute(
      'data-current',
      'true',
    );
    expect(
      within(screen.getByRole('navigation', { name: 'Terms' })).getByRole('link', {
        name: GLOSSARY_TERMS.flooding,
      }),
    ).toHaveAttribute('aria-current', 'location');
  });

  it('opens at the top for a term it does not know', () => {
    render(<GlossaryPage term="no-such-term" onBack={() => {}} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Glossary' })).toHaveFocus();
  });
});

describe('the glossary’s addresses', () => {
  it('reads back every term’s link as the glossary at that term', () => {
    expect(parseRoute('#/glossary')).toEqual({ name: 'glossary', term: null });
    for (const id of GLOSSARY_IDS) {
      expect(parseRoute(glossaryHref(id))).toEqual({ name: 'glossary', term: id });
      expect(hrefOf({ name: 'glossary', term: id })).toBe(glossaryHref(id));
    }
    expect(parseRoute('#/glossary/flooding/more')).toEqual({ name: 'home' });
  });
});

describe('reaching the glossary', () => {
  it('from the header, by keyboard, and back', async () => {
    const user = userEvent.setup();
    render(<App onQuickExit={() => {}} />);
    const link = screen.getByRole('link', { name: 'Glossary' });
    // The first stop of the header after the app's name.
    await user.tab();
    expect(link).toHaveFocus();
    await user.keyboard('{Enter}');
    const heading = await screen.findByRole(
      'heading',
      { level: 1, name: 'Glossary' },
      { timeout: 5000 },
    );
    // The page takes focus in an effect just after it appears: on a busy machine, a moment later.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(window.location.hash).toBe('#/glossary');
    // A link followed is one step deeper in the app's own history (Quick exit steps back over it).
    expect(historyDepth()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Built-in cycles' })).toBeVisible(),
    );
  });

  it('from a term where it appears, at that term’s entry', async () => {
    const user = userEvent.setup();
    render(
      <>
        <p>
          Listening cannot get through while <Term id="flooding">flooded</Term>.
        </p>
        <App onQuickExit={() => {}} />
      </>,
    );
    const term = screen.getByRole('link', { name: 'flooded, in the glossary' });
    expect(term).toHaveAttribute('href', '#/glossary/flooding');
    await user.click(term);
    expect(
      await screen.findByRole(
        'heading',
        { level: 2, name: GLOSSARY_TERMS.flooding },
        { timeout: 5000 },
      ),
    ).toHaveFocus();
  });

  it('from a “?” beside a control, named for its term', () => {
    render(
      <>
        <TermHelp id="seed" />
        <TermHelp id="therapist-present" term="Therapist present" />
      </>,
    );
    expect(screen.getByRole('link', { name: 'What “Seed” means' })).toHaveAttribute(
      'href',
      '#/glossary/seed',
    );
    expect(screen.getByRole('link', { name: 'What “Therapist present” means' })).toHaveAttribute(
      'href',
      '#/glossary/therapist-present',
    );
  });
});
