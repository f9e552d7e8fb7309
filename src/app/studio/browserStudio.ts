/** The studio the app drives in a browser: analysis in Web Workers, maps in IndexedDB, tabs linked. */
import { createStudioWith, type Studio } from '../../studio';
import { broadcastMapChannel } from '../../storage/broadcastMapChannel';
import { idbMapStore } from '../../storage/idbMapStore';
import { localPreferenceStore } from '../../storage/localPreferences';
import { workerRunner } from './workerRunner';

export function browserStudio(): Studio {
  return createStudioWith({
    analysis: workerRunner(),
    preferences: localPreferenceStore(),
    maps: idbMapStore(),
    channel: broadcastMapChannel(),
  });
}
