// Offline after an update, the part of the app that plays the dance may not load: the Dance
// region then says so in a sentence — never a blank space, never the error — and nothing is lost.
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeRunner } from '../studio/fakeRunner';
import { sampleMap } from './sampleMap';

vi.mock('../../src/studio/danceSessions', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('the dance when its engine cannot load', () => {
  it('says “Opening the dance…”, then in plain words that it could not load', async () => {
    // The test setup loaded the engine for every other test; fresh modules start without it.
    vi.resetModules();
    const { createStudio } = await import('../../src/studio');
    const { DanceView } = await import('../../src/app/dance/DanceView');
    const { StudioProvider } = await import('../../src/app/studio/StudioContext');
    const studio = createStudio({ analysis: fakeRunner() });
    render(
      <StudioProvider studio={studio}>
        <DanceView />
      </StudioProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Opening the dance…');
    studio.send({ type: 'document.load', map: sampleMap(), source: 'builtIn' });
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent(/The dance could not be loaded/);
    expect(alert).toHaveTextContent(/Reload the page/);
    expect(alert.textContent).not.toMatch(/fetch|module|Error/);
  });
});
