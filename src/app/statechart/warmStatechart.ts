/**
 * Loads the Statechart view's code and starts its layout worker when someone is about to open it
 * (see ViewTabs' `onIntent`), so the first chart does not wait for elkjs to load. It imports the
 * same chunk as the view's own lazy import, and nothing else.
 */
export function warmStatechart(): void {
  void import('./StatechartView').then((m) => m.warmLayoutWorker());
}
