/** "Download all maps": every map on this device in one file, which "Open a map file…" reads back. */
import { useState } from 'react';
import { serializeCollection } from '../../core';
import { allMaps, type MapsSource } from '../../studio';
import { downloadText } from '../../storage/downloadText';

/** The file's name: the day it was made, so backups sort by date. */
export function collectionFileName(now: Date): string {
  return `cyclemap-maps-${now.toISOString().slice(0, 10)}.json`;
}

interface DownloadAllMapsProps {
  /** Where the maps are read from when the button is pressed. */
  readonly source: () => MapsSource;
}

export function DownloadAllMaps({ source }: DownloadAllMapsProps) {
  const [said, setSaid] = useState('');
  const download = async () => {
    setSaid('Gathering your maps…');
    const { maps, storageUnreadable } = await allMaps(source());
    if (maps.length === 0) {
      setSaid(
        storageUnreadable
          ? 'Your stored maps could not be read, and there are none in this page to download.'
          : 'There are no maps of your own on this device yet.',
      );
      return;
    }
    const now = new Date();
    downloadText(collectionFileName(now), serializeCollection(maps, now.toISOString()));
    const count = maps.length === 1 ? 'one map' : `${maps.length} maps`;
    setSaid(
      storageUnreadable
        ? `Downloaded ${count} from this page; your stored maps could not be read.`
        : `Downloaded ${count} in one file.`,
    );
  };
  return (
    <div className="download-all">
      <button type="button" onClick={() => void download()}>
        Download all maps
      </button>
      <p className="download-all-status" role="status">
        {said}
      </p>
    </div>
  );
}
