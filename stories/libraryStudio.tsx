/** Studios of their own for the library's stories: maps in a memory store, made ready before the story renders. */
import type { Decorator } from '@storybook/react-vite';
import freezeText from '../models/freeze-and-flee.json?raw';
import { StudioProvider } from '../src/app/studio/StudioContext';
import { copyOfMap, newMap } from '../src/core';
import {
  createStudio,
  documentMapOf,
  type MapChannel,
  type MapStore,
  type Studio,
  type StudioSnapshot,
} from '../src/studio';
import { inlineRunner } from '../src/studio/inlineRunner';
import { mapOf, polka } from './sampleDances';

/** Maps of a person's own, as if made on these days: a blank one, and two built-in patterns copied. */
export const blankMap = newMap('map-blank', '2026-11-20T18:30:00.000Z');
export const polkaCopy = copyOfMap(
  polka,
  'map-polka',
  '2026-11-28T09:15:00.000Z',
  'Protest Polka (our copy)',
);
export const freezeCopy = copyOfMap(
  mapOf(freezeText),
  'map-freeze',
  '2026-12-01T21:05:00.000Z',
  'Freeze and Flee, as we see it',
);

/** A studio on `store` (and, to hear other tabs, `channel`), as the app makes one. */
export function studioOn(store: MapStore, channel?: MapChannel): Studio {
  const analysis = inlineRunner({ maxRuns: 20 });
  return createStudio(
    channel === undefined ? { analysis, maps: store } : { analysis, maps: store, channel },
  );
}

/** Resolves once `test` holds for the studio's snapshot; rejects after `timeoutMs`, naming `what`. */
export function until(
  studio: Studio,
  what: string,
  test: (snapshot: StudioSnapshot) => boolean,
  timeoutMs = 5000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!test(studio.getSnapshot())) return;
      clearTimeout(timer);
      stop();
      resolve();
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`The studio never reached: ${what}`));
    }, timeoutMs);
    const stop = studio.subscribe(check);
    check();
  });
}

/** Opens stored map `id` in the studio, as following its address does, and waits until it is open. */
export async function opening(studio: Studio, id: string): Promise<Studio> {
  studio.send({ type: 'library.open', id });
  await until(studio, `map “${id}” open`, (s) => documentMapOf(s)?.id === id);
  return studio;
}

/**
 * A loader giving the story its studio, made afresh each time the story renders (stores are
 * changed by what the play function does).
 *
 * @example
 * loaders: [studioLoader(() => studioOn(memoryMapStore({ maps: [polkaCopy] })))],
 */
export function studioLoader(make: () => Studio | Promise<Studio>) {
  return async () => ({ studio: await make() });
}

/** The studio a story's loader made. */
export function loadedStudio(loaded: Record<string, unknown>): Studio {
  const { studio } = loaded as { studio?: Studio };
  if (studio === undefined) throw new Error('This story needs a studioLoader.');
  return studio;
}

/** Provides the studio from the story's `studioLoader` to the story. */
export const withLoadedStudio: Decorator = (Story, { loaded }) => (
  <StudioProvider studio={loadedStudio(loaded)}>
    <Story />
  </StudioProvider>
);
