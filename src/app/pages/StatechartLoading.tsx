/** What shows while the statechart view's code arrives (it loads when first opened). */
export function StatechartLoading() {
  return (
    <p className="page-loading" role="status">
      Opening the statechart…
    </p>
  );
}
