/** Where your maps are kept, how much room they take, and whether the browser promised to keep them. */
import type { StorageEstimate } from '../../studio';

const megabytes = (bytes: number) =>
  `${(bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

interface StorageNoteProps {
  readonly estimate: StorageEstimate | null;
  /** True while maps cannot be saved here: the alert at the top says so, and this note stays quiet. */
  readonly notSaving?: boolean;
}

export function StorageNote({ estimate, notSaving = false }: StorageNoteProps) {
  if (notSaving)
    return (
      <p className="storage-note">
        While your maps cannot be saved on this device, “Download all maps” (or “Download map” on a
        map’s page) keeps a copy of everything typed in this page.
      </p>
    );
  return (
    <p className="storage-note">
      Your maps are kept in this browser on this device only; nothing is sent anywhere. Use
      “Download all maps” to keep a copy elsewhere.
      {estimate !== null && estimate.usage !== null && (
        <> This site uses {megabytes(estimate.usage)} of this device’s storage.</>
      )}
      {estimate !== null &&
        (estimate.persisted
          ? ' The browser has agreed to keep them even when space runs low.'
          : ' The browser may clear them if the device runs short of space, or if you clear this site’s data.')}
    </p>
  );
}
