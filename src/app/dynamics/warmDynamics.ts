/**
 * Loads the Dynamics view's code when someone is about to open it (see ViewTabs' `onIntent`), so
 * the phase plane does not wait for its chunk. It imports the same chunk as the view's own lazy
 * import, and nothing else.
 */
export function warmDynamics(): void {
  void import('./DynamicsView');
}
