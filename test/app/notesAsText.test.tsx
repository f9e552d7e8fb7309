import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { mapFile, sampleMap } from './sampleMap';

describe('a map’s notes', () => {
  it('are shown as text, never as markup', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const map = sampleMap({ notes: `Before. ${hostile}\n\nSecond paragraph.` });
    const { container } = render(<App builtInCycles={[map]} onQuickExit={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Alex and Jo' }));
    expect(
      await screen.findByText(`Before. ${hostile}`, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('keep their paragraphs, split on blank lines', async () => {
    render(<App builtInCycles={[]} onQuickExit={() => {}} />);
    const map = sampleMap({ notes: 'First, one line\nand the next.\n\n  \nSecond.' });
    await userEvent.upload(screen.getByLabelText('Open a map file…'), mapFile(map));

    const first = await screen.findByText(/First, one line/);
    expect(first.tagName).toBe('P');
    expect(first.textContent).toBe('First, one line\nand the next.');
    expect(screen.getByText('Second.').tagName).toBe('P');
  });

  it('give a partner’s hostile-looking words back as text too', async () => {
    const map = sampleMap();
    const [alex, jo] = map.partners;
    const withMarkup = sampleMap({
      partners: [{ ...alex, layers: { ...alex.layers, trigger: '<b>bold</b>' } }, jo],
    });
    const { container } = render(<App builtInCycles={[withMarkup]} onQuickExit={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Alex and Jo' }));
    expect(
      (await screen.findAllByText(/<b>bold<\/b>/, {}, { timeout: 5000 })).length,
    ).toBeGreaterThan(0);
    expect(container.querySelector('b')).toBeNull();
  });
});
