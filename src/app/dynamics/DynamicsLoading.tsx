/** What shows while the Dynamics view's code arrives (it loads when first opened). */
export function DynamicsLoading() {
  return (
    <p className="page-loading" role="status">
      Opening the dynamics…
    </p>
  );
}
