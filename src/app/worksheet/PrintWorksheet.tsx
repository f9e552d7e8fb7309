/**
 * "Print worksheet": the map as an EFT cycle worksheet on one page, through the browser's own
 * Print (to paper or to a PDF). The worksheet itself waits, hidden, beside the page (Worksheet.tsx,
 * rendered by each map's page, so the browser's Print gives it too).
 */
export function PrintWorksheet() {
  return (
    <button type="button" onClick={() => window.print()}>
      Print worksheet
    </button>
  );
}
