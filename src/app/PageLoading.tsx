import { MAP_TITLE } from './mapTitle';

/**
 * What a page shows while its code or its map loads. With a map's title, the title stands where the
 * map's page will put it, so the person sees at once which map is opening and nothing moves when
 * the page arrives.
 */
interface PageLoadingProps {
  /** The map's title, when it is known before the page loads (the built-in maps). */
  readonly title?: string | null;
}

export function PageLoading({ title = null }: PageLoadingProps) {
  if (title === null)
    return (
      <p className="page-loading" role="status">
        Opening…
      </p>
    );
  return (
    <article className="cycle-map-view page-loading">
      <div className="map-top">
        <h1 elementtiming={MAP_TITLE}>{title}</h1>
      </div>
      <p role="status">Opening…</p>
    </article>
  );
}
