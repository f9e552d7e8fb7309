// The studio loads the dance engine and the map parser on first need (so a home page that only
// lists maps never carries them). Tests load both up front, so a studio answers at once, as it
// does in a browser once they have loaded; test/studio/lazyEngines.test.ts covers the loading.
import { loadDanceEngine } from '../../src/studio/danceEngine';
import { loadMapParser } from '../../src/studio/mapParser';

await Promise.all([loadDanceEngine(), loadMapParser()]);
