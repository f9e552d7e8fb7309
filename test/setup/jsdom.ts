// Setup for the `app` Vitest project (jsdom). Globals are off, so Testing Library cannot
// register its own cleanup: unmount whatever a test rendered after each test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
