/**
 * The news of one moment, and how it fits in the narration's two sentences: what must be said
 * (an ending, a repair, flooding) is said first, shortened if it has to be; the rest fills what
 * room is left, in order of priority.
 */

/** At most this many sentences per moment: the narration says what just happened, no more. */
export const MAX_SENTENCES = 2;

export interface News {
  /** The whole of it, one or two sentences. */
  readonly full: readonly string[];
  /** The same in one sentence, when the room is short; without one the news is whole or not at all. */
  readonly short?: string;
  /** Said whenever it happens (an ending, a repair, a flood); other news fills the room left. */
  readonly essential: boolean;
}

/**
 * The sentences to say, from news in order of priority: each essential piece at least in its
 * short form, expanded where room is left, then the rest.
 *
 * @example
 * fitNews([flood, heatChange, step]); // the flood's two sentences
 */
export function fitNews(news: readonly News[]): string[] {
  const size = new Map<News, number>();
  let used = 0;
  const least = (n: News) => (n.short === undefined ? n.full.length : 1);
  const take = (n: News, count: number) => {
    used += count - (size.get(n) ?? 0);
    size.set(n, count);
  };
  for (const n of news) if (n.essential && used + least(n) <= MAX_SENTENCES) take(n, least(n));
  for (const n of news) {
    const now = size.get(n);
    if (now !== undefined && used - now + n.full.length <= MAX_SENTENCES) take(n, n.full.length);
  }
  for (const n of news) {
    if (n.essential) continue;
    if (used + n.full.length <= MAX_SENTENCES) take(n, n.full.length);
    else if (used + least(n) <= MAX_SENTENCES) take(n, least(n));
  }
  return news.flatMap((n) => {
    const count = size.get(n);
    if (count === undefined) return [];
    return count === n.full.length ? n.full : [n.short ?? n.full[0]!];
  });
}
