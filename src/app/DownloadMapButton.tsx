/** "Download map": the map as a `.cyclemap.json` file on this device — the way to keep a copy anywhere. */
import { serializeCycleMap, type CycleMap } from '../core';
import { downloadText } from '../storage/downloadText';

export function DownloadMapButton({ map }: { readonly map: CycleMap }) {
  return (
    <button
      type="button"
      onClick={() => downloadText(`${map.id}.cyclemap.json`, serializeCycleMap(map))}
    >
      Download map
    </button>
  );
}
