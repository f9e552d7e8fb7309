/** Stories of the dance: the map screen around it (heading, landmark) and a studio of its own, at seed 7; and a way to move its Timeline. */
import type { Decorator } from '@storybook/react-vite';
import { fireEvent, within } from 'storybook/test';
import type { CycleMap } from '../src/core';
import { MapStudio } from '../src/app/studio/MapStudio';

export function danceOf(map: CycleMap): Decorator {
  return function DanceOfMap(Story) {
    return (
      <MapStudio map={map} seed={7}>
        <main className="app-body">
          <h1>{map.title}</h1>
          <Story />
        </main>
      </MapStudio>
    );
  };
}

/** Drag the dance's Timeline to snapshot `index` (user-event cannot drag a range input). */
export const seek = (root: HTMLElement, index: number) =>
  fireEvent.change(within(root).getByRole('slider', { name: 'Timeline' }), {
    target: { value: String(index) },
  });

/**
 * The dance shows a frame or two after the story renders — “Opening the dance…” until the page
 * is laid out, then the stage, then what is below it (the chart last): a play waits for all of it.
 */
export const danceOpened = (root: HTMLElement) =>
  within(root).findByRole(
    'figure',
    { name: 'Feelings and heart rates, turn by turn' },
    { timeout: 5000 },
  );
