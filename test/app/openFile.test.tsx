import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { LIMITS, parseCycleMap, serializeCycleMap } from '../../src/core';
import { jsonFile, mapFile, sampleMap } from './sampleMap';

function renderApp() {
  render(<App onQuickExit={() => {}} />);
  return screen.getByLabelText('Open a map file…');
}

function expectedMessage(text: string): string {
  const result = parseCycleMap(text);
  if (result.ok) throw new Error('the test input was meant to be broken');
  return result.error.message;
}

describe('opening a map file', () => {
  it('shows a file that is not JSON as a plain sentence in an alert, and keeps the list', async () => {
    const input = renderApp();
    await userEvent.upload(input, jsonFile('not json', 'notes.json'));

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(expectedMessage('not json')),
    );
    expect(screen.getByRole('button', { name: 'Protest Polka' })).toBeInTheDocument();
    expect(screen.queryByText(/SyntaxError|at .*\(/)).toBeNull();
  });

  it('refuses a cycle map without partners with the parser’s sentence', async () => {
    const input = renderApp();
    const document = JSON.parse(serializeCycleMap(sampleMap())) as Record<string, unknown>;
    delete document.partners;
    const text = JSON.stringify(document);
    await userEvent.upload(input, jsonFile(text));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(expectedMessage(text)));
    expect(screen.getByRole('region', { name: 'Built-in cycles' })).toBeInTheDocument();
  });

  it('refuses a file over the size limit without reading it', async () => {
    const input = renderApp();
    const huge = jsonFile(' '.repeat(LIMITS.fileBytes + 1));
    await userEvent.upload(input, huge);
    expect(await screen.findByText(/more than the 1 MiB a cycle map may be/)).toBeInTheDocument();
  });

  it('opens a good file as a map', async () => {
    const input = renderApp();
    await userEvent.upload(input, mapFile(sampleMap()));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Alex and Jo' }),
    ).toBeInTheDocument();
    const jo = screen.getByRole('region', { name: 'Jo (he/him)' });
    expect(within(jo).getByText('I go quiet')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'About the opened map' })).toBeEmptyDOMElement();
  });

  it('lists a good file’s warnings politely in a status region', async () => {
    const input = renderApp();
    const document = JSON.parse(serializeCycleMap(sampleMap())) as Record<string, unknown>;
    const text = JSON.stringify(document).replace('{', '{"__proto__":{"polluted":true},');
    const parsed = parseCycleMap(text);
    if (!parsed.ok || parsed.warnings.length === 0)
      throw new Error('expected a map with a warning');
    await userEvent.upload(input, jsonFile(text));

    await screen.findByRole('heading', { level: 1, name: 'Alex and Jo' });
    const status = screen.getByRole('status', { name: 'About the opened map' });
    for (const warning of parsed.warnings) expect(status).toHaveTextContent(warning.message);
  });

  it('clears an earlier error once a good file opens', async () => {
    const input = renderApp();
    await userEvent.upload(input, jsonFile('{'));
    await screen.findByText(`“map.cyclemap.json”: ${expectedMessage('{')}`);
    await userEvent.upload(input, mapFile(sampleMap()));
    await screen.findByRole('heading', { level: 1, name: 'Alex and Jo' });
    await userEvent.click(screen.getByRole('button', { name: 'Back to all maps' }));
    expect(screen.queryByText(`“map.cyclemap.json”: ${expectedMessage('{')}`)).toBeNull();
  });
});
