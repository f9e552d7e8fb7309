/** Stories of the dance: the map screen around it (heading, landmark) and a studio of its own, at seed 7. */
import type { Decorator } from '@storybook/react-vite';
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
