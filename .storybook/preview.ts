import type { Preview } from '@storybook/react-vite';
// The app's global styles, so stories look as they do in the app.
import '../src/app/styles.css';
import { loadDanceEngine } from '../src/studio/danceEngine';
import { loadMapParser } from '../src/studio/mapParser';

const preview: Preview = {
  parameters: {
    // Story tests (npm run test:stories) fail on any axe violation.
    a11y: { test: 'error' },
  },
  // The app loads these on first need; a story starts with them loaded, as a page that has.
  loaders: [
    async () => {
      await Promise.all([loadDanceEngine(), loadMapParser()]);
      return {};
    },
  ],
};

export default preview;
