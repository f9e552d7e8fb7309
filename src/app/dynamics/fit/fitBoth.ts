/**
 * A coded conversation's text, read and fitted both ways — the bilinear model and the one with
 * repair and damping — or the one sentence that says why it cannot be.
 */
import {
  fitCouple,
  parseCoupleCsv,
  type CoupleFit,
  type CoupleWindow,
} from '../../../core/dynamics';

/**
 * The most windows the lab fits on screen: a day and a half of talk in 6-second windows (a coded
 * conversation is usually 150). Longer files are for the `cyclemap fit` command, which takes any.
 */
export const MOST_WINDOWS = 20_000;

export interface BothFits {
  readonly windows: readonly CoupleWindow[];
  readonly bilinear: CoupleFit;
  readonly repairDamping: CoupleFit;
}

export type FitOutcome =
  ({ readonly ok: true } & BothFits) | { readonly ok: false; readonly message: string };

/** Fits windows already read, with *dyad*'s own figures and quirks when `compat` is set. */
export function fitWindows(windows: readonly CoupleWindow[], compat: boolean): FitOutcome {
  const options = compat ? ({ compat: 'dyad' } as const) : {};
  try {
    return {
      ok: true,
      windows,
      bilinear: fitCouple(windows, { model: 'bilinear', ...options }),
      repairDamping: fitCouple(windows, { model: 'repair-damping', ...options }),
    };
  } catch (error) {
    // The fit's own errors are one sentence for a person; anything else gets a plain one.
    return {
      ok: false,
      message:
        error instanceof RangeError
          ? error.message
          : 'These scores could not be fitted; nothing in the map was changed.',
    };
  }
}

/**
 * @example
 * fitText('wife,husband\n0.6,-1.6\n…', false); // { ok: true, bilinear: …, repairDamping: … }
 */
export function fitText(text: string, compat: boolean): FitOutcome {
  const parsed = parseCoupleCsv(text);
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  if (parsed.value.length > MOST_WINDOWS) {
    return {
      ok: false,
      message: `This file holds ${parsed.value.length.toLocaleString('en')} windows; the lab fits up to ${MOST_WINDOWS.toLocaleString('en')} on screen — the cyclemap fit command takes any length.`,
    };
  }
  return fitWindows(parsed.value, compat);
}
