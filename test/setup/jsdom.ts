// Setup for the `app` Vitest project (jsdom). Globals are off, so Testing Library cannot
// register its own cleanup: unmount whatever a test rendered after each test.
import '@testing-library/jest-dom/vitest';
// A real (in-memory) IndexedDB, as a browser has: the app keeps its maps there.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // The app keeps its page in the address: each test starts at home, as a fresh visit would.
  window.history.replaceState(null, '', '/');
});
