/**
 * Loads the Statechart view's code and starts its layout worker when someone is about to open it
 * (see ViewTabs' `onIntent`), so the first chart does not wait for elkjs to load.
 */
export function warmStatechart(): void {
  void import('./StatechartView');
  void import('./workerLayout').then((m) => m.warmLayoutWorker());
}
