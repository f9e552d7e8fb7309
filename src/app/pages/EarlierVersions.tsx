/** "Earlier versions": the versions of this map kept on this device, and restoring one (which Undo takes back). */
import { useMemo, useState } from 'react';
import type { CycleMap } from '../../core';
import { versionsOf } from '../../studio';
import { useDispatch } from '../actions/useActions';
import { useStudio, useStudioSelector } from '../studio/StudioContext';

export function EarlierVersions({ map }: { readonly map: CycleMap }) {
  const studio = useStudio();
  const run = useDispatch();
  const selectVersions = useMemo(() => versionsOf(map.id), [map.id]);
  const versions = useStudioSelector(selectVersions);
  const [restored, setRestored] = useState<string | null>(null);
  return (
    <details
      className="earlier-versions"
      onToggle={(event) => {
        if (event.currentTarget.open) studio.send({ type: 'library.versions', id: map.id });
      }}
    >
      <summary>Earlier versions</summary>
      {versions === null ? (
        <p>Looking for earlier versions…</p>
      ) : versions.length === 0 ? (
        <p>
          No earlier versions yet. One is kept each time the map is saved a few minutes after the
          last one (up to 20).
        </p>
      ) : (
        <ul aria-label="Earlier versions of this map">
          {versions.map((version) => {
            const when = new Date(version.savedAt).toLocaleString(undefined, {
              dateStyle: 'medium',
              timeStyle: 'short',
            });
            return (
              <li key={version.revision}>
                <time dateTime={version.savedAt}>{when}</time>: “{version.map.title}”, with{' '}
                {version.map.partners[0].name} and {version.map.partners[1].name}{' '}
                <button
                  type="button"
                  aria-label={`Restore this version, from ${when}`}
                  onClick={() => {
                    run('edit', { kind: 'restore', map: version.map });
                    run('endEdit', undefined);
                    setRestored(when);
                  }}
                >
                  Restore this version
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p role="status">
        {restored !== null && `Restored the version from ${restored}. Undo takes it back.`}
      </p>
    </details>
  );
}
