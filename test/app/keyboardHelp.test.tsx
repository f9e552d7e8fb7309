// "?" shows the keyboard shortcuts, from the actions registry: on every page, by key or button.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { shortcutWords } from '../../src/app/ShortcutList';

describe('keyboard shortcuts help', () => {
  it('opens with “?” and with its button, lists each key with what it does, and closes', async () => {
    const user = userEvent.setup();
    render(<App onQuickExit={() => {}} />);
    expect(screen.queryByRole('region', { name: 'Keyboard shortcuts' })).toBeNull();
    await user.keyboard('?');
    const help = screen.getByRole('region', { name: 'Keyboard shortcuts' });
    expect(within(help).getByRole('heading', { name: 'Keyboard shortcuts' })).toHaveFocus();
    const terms = (await within(help).findAllByRole('term')).map((term) => term.textContent);
    expect(terms).toEqual(
      expect.arrayContaining([
        'Space',
        '← or PageUp',
        '→ or PageDown',
        'R',
        'P',
        'Ctrl+Z or ⌘+Z',
        'Escape, twice',
        '?',
      ]),
    );
    expect(help).toHaveTextContent('Play or pause the dance');
    expect(help).toHaveTextContent('Quick exit: leave Cyclemap at once');
    await user.click(within(help).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Keyboard shortcuts' })).toBeNull();

    const toggle = screen.getByRole('button', { name: /Keyboard shortcuts/ });
    expect(toggle).toHaveAttribute('aria-keyshortcuts', '?');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(screen.queryByRole('region', { name: 'Keyboard shortcuts' })).toBeNull();
  });

  it('leaves “?” to a field being typed in', async () => {
    const user = userEvent.setup();
    render(<App onQuickExit={() => {}} />);
    const input = screen.getByLabelText('Open a map file…');
    input.focus();
    await user.keyboard('?');
    expect(screen.queryByRole('region', { name: 'Keyboard shortcuts' })).toBeNull();
  });

  it('says keys the way a keyboard shows them', () => {
    expect(shortcutWords('Shift+Control+Z Shift+Meta+Z')).toBe('Shift+Ctrl+Z or Shift+⌘+Z');
    expect(shortcutWords('ArrowRight')).toBe('→');
  });
});
