/**
 * Linear least squares for a handful of unknowns over any number of rows, one row at a time: a QR
 * factorisation updated by Givens rotations, so a million windows need no more memory than ten and
 * the answer is as exact as the data's conditioning allows (no normal equations, whose squaring of
 * the condition number would cost the digits a noise-free fit must recover).
 */

/** A running least-squares problem `min ‖A·x − y‖²` with `size` columns. */
export interface LeastSquares {
  /** Adds one row `a·x ≈ y`; `a` must have `size` entries. */
  readonly add: (a: ArrayLike<number>, y: number) => void;
  /**
   * The solution, or the index of the first column that the others (before it) already explain,
   * within `relativeTolerance` of its own size: a direction the data cannot tell apart.
   */
  readonly solve: (
    relativeTolerance?: number,
  ) =>
    | { readonly ok: true; readonly x: Float64Array }
    | { readonly ok: false; readonly column: number };
}

/**
 * @example
 * const fit = leastSquares(2);
 * for (const t of [0, 1, 2]) fit.add([1, t], 3 + 2 * t);
 * fit.solve(); // { ok: true, x: [3, 2] }
 */
export function leastSquares(size: number): LeastSquares {
  // r is the upper triangle of R (row-major, size × size); qty is Qᵀy restricted to those rows.
  const r = new Float64Array(size * size);
  const qty = new Float64Array(size);
  const columnSquares = new Float64Array(size);
  const row = new Float64Array(size);
  return {
    add(a, y) {
      for (let j = 0; j < size; j++) {
        const value = a[j] ?? 0;
        row[j] = value;
        columnSquares[j] = (columnSquares[j] ?? 0) + value * value;
      }
      let rhs = y;
      for (let j = 0; j < size; j++) {
        const aj = row[j] ?? 0;
        if (aj === 0) continue;
        const rjj = r[j * size + j] ?? 0;
        // Scores are far from overflow, and Math.hypot is several times slower.
        const h = Math.sqrt(rjj * rjj + aj * aj);
        const c = rjj / h;
        const s = aj / h;
        r[j * size + j] = h;
        for (let k = j + 1; k < size; k++) {
          const rjk = r[j * size + k] ?? 0;
          const ak = row[k] ?? 0;
          r[j * size + k] = c * rjk + s * ak;
          row[k] = c * ak - s * rjk;
        }
        const q = qty[j] ?? 0;
        qty[j] = c * q + s * rhs;
        rhs = c * rhs - s * q;
      }
    },
    solve(relativeTolerance = 1e-10) {
      for (let j = 0; j < size; j++) {
        const scale = Math.sqrt(columnSquares[j] ?? 0);
        if (!(Math.abs(r[j * size + j] ?? 0) > relativeTolerance * scale)) {
          return { ok: false, column: j };
        }
      }
      const x = new Float64Array(size);
      for (let j = size - 1; j >= 0; j--) {
        let sum = qty[j] ?? 0;
        for (let k = j + 1; k < size; k++) sum -= (r[j * size + k] ?? 0) * (x[k] ?? 0);
        x[j] = sum / (r[j * size + j] ?? 1);
      }
      return { ok: true, x };
    },
  };
}
