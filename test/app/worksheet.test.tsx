// The printed worksheet: "Print worksheet" opens the browser's Print, and the sheet beside the
// page holds both partners above and below the line, the loop, each one's repairs in their own
// words and the not-therapy note; long answers are shortened, and the sheet says so.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrintWorksheet } from '../../src/app/worksheet/PrintWorksheet';
import { Worksheet } from '../../src/app/worksheet/Worksheet';
import { printedWords, worksheetDensity } from '../../src/app/worksheet/worksheetDensity';
import { polka } from '../../stories/sampleDances';
import { sampleMap, samplePartner } from './sampleMap';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the worksheet', () => {
  it('Print worksheet prints, and the sheet holds the whole map in the map’s words', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    render(
      <>
        <PrintWorksheet />
        <Worksheet map={polka} />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Print worksheet' }));
    expect(print).toHaveBeenCalledOnce();
    const sheet = document.body.querySelector<HTMLElement>(':scope > .worksheet')!;
    expect(sheet).not.toBeNull();
    const [theo, priya] = polka.partners;
    for (const words of [
      `Our cycle: ${polka.title}`,
      theo.layers.trigger,
      priya.layers.longing,
      'Theo’s move sets off Priya’s trigger',
      'Priya’s move sets off Theo’s trigger',
      'not therapy',
    ])
      expect(sheet).toHaveTextContent(words);
    for (const repair of theo.repairs)
      if (repair.words !== undefined) expect(sheet.textContent).toContain(repair.words.trim());
    expect(sheet.querySelector('button')).toBeNull();
    expect(sheet).toHaveAttribute('data-density', 'normal');
  });

  it('leaves a line to write on where a layer has no words yet', () => {
    const partner = samplePartner();
    const blank = sampleMap({
      partners: [{ ...partner, layers: { ...partner.layers, longing: '' } }, samplePartner()],
    });
    render(<Worksheet map={blank} />);
    expect(document.body.querySelectorAll('.worksheet .worksheet-blank')).toHaveLength(1);
  });

  it('prints long answers smaller, then shortened with “…”, and says so', () => {
    const long = 'word '.repeat(80).trim();
    const partner = samplePartner();
    const layers = Object.fromEntries(Object.keys(partner.layers).map((k) => [k, long]));
    const wordy = sampleMap({
      partners: [
        { ...partner, layers: { ...partner.layers, ...layers } },
        { ...partner, layers: { ...partner.layers, ...layers } },
      ],
    });
    expect(worksheetDensity(wordy)).toBe('tight');
    render(<Worksheet map={wordy} />);
    const sheet = document.body.querySelector<HTMLElement>(':scope > .worksheet')!;
    expect(sheet).toHaveTextContent('Long answers are shortened here');
    expect(printedWords(long, 'tight', 150)).toMatch(/^word( word)*…$/);
    expect(printedWords(long, 'tight', 150).length).toBeLessThanOrEqual(150);
    expect(printedWords(long, 'compact', 150)).toBe(long);
  });
});
