/**
 * "Export SVG" and "Export PNG" of a picture (the loop as it is on screen, the laid-out
 * statechart): the standalone SVG, or a PNG of it at 2× for print. If the PNG cannot be made (an
 * old browser, a canvas refused), a sentence says so.
 */
import { useState } from 'react';
import { downloadBlob, downloadText } from '../../storage/downloadText';
import { ExportProblem } from './ExportProblem';
import { pngOfSvg } from './pngOfSvg';
import type { SvgPicture } from './standaloneSvg';

interface ExportPictureProps {
  /** What the buttons name: "the loop", "the statechart". */
  readonly what: string;
  /** The file's name without its extension. */
  readonly fileName: string;
  /** The picture now, as a standalone SVG; null while there is none to export. */
  readonly picture: () => SvgPicture | null;
  /** False while there is nothing to export yet (the buttons are disabled). */
  readonly ready?: boolean;
}

export function ExportPicture({ what, fileName, picture, ready = true }: ExportPictureProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const exportSvg = () => {
    const svg = picture();
    if (svg === null) return;
    setProblem(null);
    downloadText(`${fileName}.svg`, svg.text, 'image/svg+xml');
  };
  const exportPng = async () => {
    const svg = picture();
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
    // Its buttons name what they export; the group they sit in (the dance's options, the
    // statechart's exports) is the caller's.
    <span className="export-picture">
      <button
        type="button"
        disabled={!ready}
        onClick={exportSvg}
        aria-label={`Export SVG of ${what}`}
      >
        Export SVG
      </button>
      <button
        type="button"
        disabled={!ready}
        onClick={() => void exportPng()}
        aria-label={`Export PNG of ${what}`}
      >
        Export PNG
      </button>
      <ExportProblem problem={problem} />
    </span>
  );
}
