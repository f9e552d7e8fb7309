/** The line between what the other partner sees (above) and what stays hidden (below). */
export function TheLine() {
  return (
    <div className="the-line" role="separator" aria-label="the line">
      <span className="the-line-label">the line</span>
    </div>
  );
}
