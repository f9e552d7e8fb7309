/**
 * The statechart's exports: the XState module (the same standalone module as `cyclemap machine`,
 * its engine loaded only when asked for), the machine's config as JSON, Mermaid
 * (`stateDiagram-v2`), and the laid-out chart as SVG or PNG (at 2×, through ExportPicture).
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
import { downloadText } from '../../storage/downloadText';
import { ExportProblem } from '../export/ExportProblem';
import { ExportPicture } from '../export/ExportPicture';

interface StatechartExportsProps {
  readonly map: CycleMap;
  readonly scene: StatechartScene | null;
  readonly direction: ChartDirection;
}

export function StatechartExports({ map, scene, direction }: StatechartExportsProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const name = `${map.id}-statechart`;
  const exportCode = async () => {
    setProblem(null);
    try {
      const { default: engine } = await import('virtual:cyclemap-engine');
      downloadText(`${map.id}.machine.mjs`, machineModuleOf(engine, map), 'text/javascript');
    } catch {
      setProblem(
        'The XState code could not be made: part of the app did not load. Reload the page and try again.',
      );
    }
  };
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
      <ExportPicture
        what="the statechart"
        fileName={name}
        ready={scene !== null}
        picture={() =>
          scene === null
            ? null
            : { text: statechartSvg(scene), width: scene.width, height: scene.height }
        }
      />
      <ExportProblem problem={problem} />
    </div>
  );
}
