// The safety panel can be put away during a joint session and remembers that on this device; the
// way to Quick exit stays on screen either way.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { NOT_THERAPY_TEXT, SAFETY_PANEL_KEY, VIOLENCE_TEXT } from '../../src/app/SafetyPanel';

afterEach(() => window.localStorage.removeItem(SAFETY_PANEL_KEY));

const panel = () => screen.getByRole('complementary', { name: 'Safety and care' });

describe('the safety panel', () => {
  it('hides its notes when asked, keeps Quick exit in view, and remembers the choice', async () => {
    const user = userEvent.setup();
    render(<App onQuickExit={() => {}} />);
    expect(within(panel()).getByText(VIOLENCE_TEXT)).toBeVisible();
    await user.click(within(panel()).getByRole('button', { name: 'Hide safety notes' }));
    expect(within(panel()).getByText(NOT_THERAPY_TEXT)).not.toBeVisible();
    expect(panel()).toHaveTextContent('Quick exit is at the top, or press Escape twice.');
    expect(screen.getByRole('button', { name: 'Quick exit' })).toBeVisible();

    cleanup();
    render(<App onQuickExit={() => {}} />);
    const show = within(panel()).getByRole('button', { name: 'Show safety notes' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);
    expect(within(panel()).getByText(VIOLENCE_TEXT)).toBeVisible();
    expect(window.localStorage.getItem(SAFETY_PANEL_KEY)).toBeNull();
  });
});
