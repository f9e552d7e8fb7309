/**
 * "Export SVG" and "Export PNG" of a drawing on screen (the loop now, the statechart later): a
 * standalone SVG with its look written in, or a PNG of it at 2× for print. If the picture cannot
 * be made (an old browser, a canvas refused), a sentence says so.
 */
import { useState } from 'react';
import { downloadBlob, downloadText } from '../../storage/downloadText';
import { ExportProblem } from './ExportProblem';
import { pngOfSvg } from './pngOfSvg';
import { standaloneSvg, type SvgWords } from './standaloneSvg';

interface ExportPictureProps {
  /** What the buttons name: "the loop", "the statechart". */
  readonly what: string;
  /** The file's name without its extension. */
  readonly fileName: string;
  readonly words: SvgWords;
  /** The drawing as it is on screen now. */
  readonly drawing: () => SVGSVGElement | null;
}

export function ExportPicture({ what, fileName, words, drawing }: ExportPictureProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const svgNow = (): { text: string; width: number; height: number } | null => {
    const svg = drawing();
    if (svg === null) return null;
    const { width, height } = svg.viewBox.baseVal;
    return { text: standaloneSvg(svg, words), width, height };
  };
  const exportSvg = () => {
    const svg = svgNow();
    if (svg === null) return;
    setProblem(null);
    downloadText(`${fileName}.svg`, svg.text, 'image/svg+xml');
  };
  const exportPng = async () => {
    const svg = svgNow();
    if (svg === null) return;
    try {
      setProblem(null);
      downloadBlob(`${fileName}.png`, await pngOfSvg(svg.text, svg.width, svg.height));
    } catch {
      setProblem(
        'This browser could not draw the PNG. Export SVG still works, and opens in any browser.',
      );
    }
  };
  return (
    <div className="export-picture" role="group" aria-label={`Export ${what}`}>
      <button type="button" onClick={exportSvg} aria-label={`Export SVG of ${what}`}>
        Export SVG
      </button>
      <button type="button" onClick={() => void exportPng()} aria-label={`Export PNG of ${what}`}>
        Export PNG
      </button>
      <ExportProblem problem={problem} />
    </div>
  );
}
