/** The app's addresses, in the URL's hash so they work offline and from a file: home, a pattern, one of your maps. */

/** The views of one of your own maps: the editor, the dance, and the short start screen. */
export type MapView = 'map' | 'dance' | 'start';

export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'pattern'; readonly id: string }
  | { readonly name: 'map'; readonly id: string; readonly view: MapView };

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/**
 * The route an address names; anything unknown is home.
 *
 * @example
 * parseRoute('#/map/our-loop/dance'); // { name: 'map', id: 'our-loop', view: 'dance' }
 */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeSafely);
  const [kind, id, view] = parts;
  if (kind === 'pattern' && id !== undefined && ID.test(id) && parts.length === 2)
    return { name: 'pattern', id };
  if (kind === 'map' && id !== undefined && ID.test(id)) {
    if (parts.length === 2) return { name: 'map', id, view: 'map' };
    if (parts.length === 3 && (view === 'dance' || view === 'start' || view === 'map'))
      return { name: 'map', id, view };
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
      return `#/pattern/${encodeURIComponent(route.id)}`;
    case 'map':
      return route.view === 'map'
        ? `#/map/${encodeURIComponent(route.id)}`
        : `#/map/${encodeURIComponent(route.id)}/${route.view}`;
  }
}

function decodeSafely(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}
