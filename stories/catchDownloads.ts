// Downloads in stories are caught before the browser saves them: each Blob URL made is remembered,
// and a download link's click records the file instead of saving it. Nothing leaves the page.
import { spyOn } from 'storybook/test';

/** A file a story asked the browser to save: its name and what is in it. */
export interface Download {
  readonly name: string;
  readonly blob: Blob | undefined;
}

/** What the story asked the browser to save, in order (emptied by each `catchDownloads`). */
export const downloads: Download[] = [];

/**
 * A story's `beforeEach`: catches downloads until the story ends, then puts the browser back.
 *
 * @example
 * const meta = { component: ExportPicture, beforeEach: catchDownloads } satisfies Meta<…>;
 */
export function catchDownloads(): () => void {
  downloads.length = 0;
  const blobs = new Map<string, Blob>();
  const makeUrl = URL.createObjectURL.bind(URL);
  const createUrl = spyOn(URL, 'createObjectURL').mockImplementation((object) => {
    const url = makeUrl(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  });
  const click = spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) });
  });
  return () => {
    createUrl.mockRestore();
    click.mockRestore();
  };
}
