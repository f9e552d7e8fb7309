/**
 * Where the crash screen reads the maps from. The app registers its studio here when it starts;
 * if the app never got that far, the maps are read straight from this device's storage.
 */
import { mapsSourceOf, type MapsSource, type Studio } from '../../studio';
import { idbMapStore } from '../../storage/idbMapStore';

let live: Studio | null = null;

/** Called once by the app with the studio it runs. */
export function registerCrashSource(studio: Studio): void {
  live = studio;
}

export function crashMapsSource(): MapsSource {
  if (live !== null) return mapsSourceOf(live.getSnapshot());
  return { store: idbMapStore(), unsaved: {} };
}
