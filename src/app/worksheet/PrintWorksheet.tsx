/**
 * "Print worksheet": the map as an EFT cycle worksheet on one page, through the browser's own
 * Print (to paper or to a PDF). The worksheet itself waits, hidden, beside the page.
 */
import type { CycleMap } from '../../core';
import { Worksheet } from './Worksheet';

export function PrintWorksheet({ map }: { readonly map: CycleMap }) {
  return (
    <>
      <button type="button" onClick={() => window.print()}>
        Print worksheet
      </button>
      <Worksheet map={map} />
    </>
  );
}
