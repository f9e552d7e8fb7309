import type { Preview } from '@storybook/react-vite';
// The app's global styles, so stories look as they do in the app.
import '../src/app/styles.css';

const preview: Preview = {
  parameters: {
    // Story tests (npm run test:stories) fail on any axe violation.
    a11y: { test: 'error' },
  },
};

export default preview;
