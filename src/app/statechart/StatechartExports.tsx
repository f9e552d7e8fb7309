/**
 * The statechart's exports: the XState module (the same standalone module as `cyclemap machine`,
 * its engine loaded only when asked for), the machine's config as JSON, Mermaid
 * (`stateDiagram-v2`), and the laid-out chart as SVG or PNG (at 2×).
 */
import { useState } from 'react';
import {
  machineConfig,
  machineModuleOf,
  mermaid,
  statechartSvg,
  type ChartDirection,
  type CycleMap,
  type StatechartScene,
} from '../../core';
import { downloadBlob, downloadText } from '../../storage/downloadText';
import { ExportProblem } from '../export/ExportProblem';
import { pngOfSvg } from '../export/pngOfSvg';

interface StatechartExportsProps {
  readonly map: CycleMap;
  readonly scene: StatechartScene | null;
  readonly direction: ChartDirection;
}

export function StatechartExports({ map, scene, direction }: StatechartExportsProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const name = `${map.id}-statechart`;
  const attempt = async (work: () => Promise<void> | void, failure: string) => {
    setProblem(null);
    try {
      await work();
    } catch {
      setProblem(failure);
    }
  };
  const exportCode = () =>
    attempt(async () => {
      const { default: engine } = await import('virtual:cyclemap-engine');
      downloadText(`${map.id}.machine.mjs`, machineModuleOf(engine, map), 'text/javascript');
    }, 'The XState code could not be made: part of the app did not load. Reload the page and try again.');
  return (
    <div className="statechart-exports" role="group" aria-label="Export the statechart">
      <button type="button" onClick={() => void exportCode()}>
        Export XState code
      </button>
      <button
        type="button"
        onClick={() =>
          downloadText(`${name}.json`, `${JSON.stringify(machineConfig(map), null, 2)}\n`)
        }
      >
        Export JSON
      </button>
      <button
        type="button"
        onClick={() => downloadText(`${name}.mmd`, mermaid(map, direction), 'text/plain')}
      >
        Export Mermaid
      </button>
      <button
        type="button"
        disabled={scene === null}
        aria-label="Export SVG of the statechart"
        onClick={() => {
          if (scene !== null) downloadText(`${name}.svg`, statechartSvg(scene), 'image/svg+xml');
        }}
      >
        Export SVG
      </button>
      <button
        type="button"
        disabled={scene === null}
        aria-label="Export PNG of the statechart"
        onClick={() => {
          if (scene === null) return;
          void attempt(async () => {
            const png = await pngOfSvg(statechartSvg(scene), scene.width, scene.height);
            downloadBlob(`${name}.png`, png);
          }, 'This browser could not draw the PNG. Export SVG still works, and opens in any browser.');
        }}
      >
        Export PNG
      </button>
      <ExportProblem problem={problem} />
    </div>
  );
}
