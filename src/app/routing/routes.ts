/** The app's addresses, in the URL's hash so they work offline and from a file: home, a pattern, one of your maps, the glossary. */

/** The views of one of your own maps: the editor, the dance, the statechart, the dynamics, and the short start screen. */
export type MapView = 'map' | 'dance' | 'statechart' | 'dynamics' | 'start';

/** The views of a built-in pattern: its dance (the default), its statechart and its dynamics. */
export type PatternView = 'dance' | 'statechart' | 'dynamics';

/** A pattern's views with an address of their own (its dance is the pattern's own address). */
const PATTERN_VIEWS: readonly (string | undefined)[] = ['statechart', 'dynamics'];
const MAP_VIEWS: readonly (string | undefined)[] = [...PATTERN_VIEWS, 'map', 'dance', 'start'];

export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'pattern'; readonly id: string; readonly view?: PatternView }
  | { readonly name: 'map'; readonly id: string; readonly view: MapView }
  /** The glossary, at one term's entry (`#/glossary/flooding`) or at its top. */
  | { readonly name: 'glossary'; readonly term: string | null };

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const TERM = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * The route an address names; anything unknown is home.
 *
 * @example
 * parseRoute('#/map/our-loop/dance'); // { name: 'map', id: 'our-loop', view: 'dance' }
 * parseRoute('#/pattern/protest-polka/dynamics'); // { name: 'pattern', id: 'protest-polka', view: 'dynamics' }
 * parseRoute('#/glossary/flooding'); // { name: 'glossary', term: 'flooding' }
 */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeSafely);
  const [kind, id, view] = parts;
  if (kind === 'pattern' && id !== undefined && ID.test(id)) {
    if (parts.length === 2) return { name: 'pattern', id };
    if (parts.length === 3 && PATTERN_VIEWS.includes(view))
      return { name: 'pattern', id, view: view as PatternView };
  }
  if (kind === 'glossary') {
    if (parts.length === 1) return { name: 'glossary', term: null };
    if (parts.length === 2 && TERM.test(id!)) return { name: 'glossary', term: id! };
  }
  if (kind === 'map' && id !== undefined && ID.test(id)) {
    if (parts.length === 2) return { name: 'map', id, view: 'map' };
    if (parts.length === 3 && MAP_VIEWS.includes(view))
      return { name: 'map', id, view: view as MapView };
  }
  return { name: 'home' };
}

/**
 * @example
 * hrefOf({ name: 'map', id: 'our-loop', view: 'map' }); // '#/map/our-loop'
 */
export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'pattern':
      return route.view === undefined || route.view === 'dance'
        ? `#/pattern/${encodeURIComponent(route.id)}`
        : `#/pattern/${encodeURIComponent(route.id)}/${route.view}`;
    case 'map':
      return route.view === 'map'
        ? `#/map/${encodeURIComponent(route.id)}`
        : `#/map/${encodeURIComponent(route.id)}/${route.view}`;
    case 'glossary':
      return route.term === null ? '#/glossary' : `#/glossary/${route.term}`;
  }
}

function decodeSafely(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}
