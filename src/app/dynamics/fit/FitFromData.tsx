/**
 * "Fit from data": open a CSV of coded windows, see both fits — the bilinear model and the one with
 * repair and damping — side by side with each equation's squared error, and use either for the
 * map (one step of undo). The file is read on this device; a bad one gets one sentence.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { MODEL_DYNAMICS_KEYS, type ModelDynamics } from '../../../core';
import { downloadText } from '../../../storage/downloadText';
import { DYNAMICS_SLIDERS } from '../../editor/dynamicsSliders';
import { fitText, fitWindows, type BothFits } from './fitBoth';

/** Files larger than this are not read on screen (a coded conversation is a few kilobytes). */
const MOST_BYTES = 20_000_000;

type Which = 'bilinear' | 'repairDamping';

/** Each fit's column heading, and the same fit inside a sentence. */
const WHICH_WORDS: Readonly<Record<Which, string>> = {
  bilinear: 'Bilinear',
  repairDamping: 'With repair and damping',
};
const WHICH_IN_A_SENTENCE: Readonly<Record<Which, string>> = {
  bilinear: 'the bilinear fit',
  repairDamping: 'the fit with repair and damping',
};

interface FitFromDataProps {
  readonly names: readonly [string, string];
  /** Applies both partners' fitted figures to the map; absent where the map cannot change. */
  readonly onUse?: (dynamics: readonly [ModelDynamics, ModelDynamics]) => void;
}

interface Fitted extends BothFits {
  readonly file: string;
}

const figure = (value: number) =>
  Number.isFinite(value) ? value.toFixed(4).replace('-', '−') : '—';

export function FitFromData({ names, onUse }: FitFromDataProps) {
  const inputId = useId();
  const hintId = useId();
  const [compat, setCompat] = useState(false);
  const [fitted, setFitted] = useState<Fitted | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [used, setUsed] = useState<string | null>(null);

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    // Clearing the input lets the same file be chosen again after it is fixed.
    event.currentTarget.value = '';
    if (file === undefined) return;
    setUsed(null);
    if (file.size > MOST_BYTES) {
      setProblem(
        `“${file.name}” is too large to fit here; the cyclemap fit command reads files of any size.`,
      );
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setProblem(`“${file.name}” could not be read. Nothing in the map was changed.`);
      return;
    }
    const outcome = fitText(text, compat);
    if (!outcome.ok) {
      setProblem(`“${file.name}”: ${outcome.message}`);
      return;
    }
    setProblem(null);
    setFitted({ ...outcome, file: file.name });
  };

  const onCompat = (next: boolean) => {
    setCompat(next);
    if (fitted === null) return;
    const outcome = fitWindows(fitted.windows, next);
    if (outcome.ok) setFitted({ ...outcome, file: fitted.file });
    else setProblem(outcome.message);
  };

  const use = (which: Which) => {
    if (fitted === null || onUse === undefined) return;
    const fit = fitted[which];
    onUse([fit.partners[0].dynamics, fit.partners[1].dynamics]);
    setUsed(
      `The map now uses ${WHICH_IN_A_SENTENCE[which]} for both partners. Undo brings back the figures it had.`,
    );
  };

  return (
    <section className="fit-from-data" aria-labelledby={`${inputId}-heading`}>
      <h3 id={`${inputId}-heading`}>Fit from data</h3>
      <p id={hintId}>
        A coded conversation: a CSV or tab-separated file with a header row, then one row per
        6-second window — {names[0]}’s score, then {names[1]}’s, each from −24 to +24 (for example
        weighted SPAFF codes). It is read on this device and never leaves it.
      </p>
      <div className="fit-tools">
        <div className="open-map-file">
          <input
            id={inputId}
            className="visually-hidden"
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
            aria-describedby={hintId}
            onChange={(event) => void onChange(event)}
          />
          <label htmlFor={inputId}>Open coded windows…</label>
        </div>
        <label className="fit-compat">
          <input
            type="checkbox"
            checked={compat}
            onChange={(event) => onCompat(event.currentTarget.checked)}
          />{' '}
          Match the R package <i>dyad</i> 1.0, quirks and all
        </label>
      </div>
      {problem !== null && (
        <p className="fit-problem" role="alert">
          {problem}
        </p>
      )}
      {fitted !== null && (
        <>
          <FitTables fitted={fitted} names={names} compat={compat} />
          <div className="fit-use" role="group" aria-label="Use a fit">
            {(['bilinear', 'repairDamping'] as const).map((which) => (
              <button
                key={which}
                type="button"
                disabled={onUse === undefined}
                onClick={() => use(which)}
              >
                Use {WHICH_IN_A_SENTENCE[which]}
              </button>
            ))}
            <button
              type="button"
              onClick={() =>
                downloadText(
                  `${fitted.file.replace(/\.[^.]*$/, '')}.fit.json`,
                  `${JSON.stringify({ bilinear: fitted.bilinear, repairDamping: fitted.repairDamping }, null, 2)}\n`,
                )
              }
            >
              Download both fits (JSON)
            </button>
          </div>
          <p className="fit-used" role="status">
            {used ?? ''}
          </p>
        </>
      )}
    </section>
  );
}

function FitTables({
  fitted,
  names,
  compat,
}: {
  readonly fitted: Fitted;
  readonly names: readonly [string, string];
  readonly compat: boolean;
}) {
  const labelOf = (key: (typeof MODEL_DYNAMICS_KEYS)[number]) =>
    DYNAMICS_SLIDERS.find((slider) => slider.key === key)?.label ?? key;
  const better = ([0, 1] as const).map((p) =>
    fitted.repairDamping.sse[p] <= fitted.bilinear.sse[p] ? 'repairDamping' : 'bilinear',
  );
  return (
    <div className="fit-tables">
      {([0, 1] as const).map((p) => (
        <table key={p} className="fit-table" data-partner={p}>
          <caption>
            {names[p]}’s equation — fitted on {fitted.windows.length} windows of “{fitted.file}”
            {compat ? ', as dyad 1.0 fits it' : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">{WHICH_WORDS.bilinear}</th>
              <th scope="col">{WHICH_WORDS.repairDamping}</th>
            </tr>
          </thead>
          <tbody>
            {MODEL_DYNAMICS_KEYS.map((key) => (
              <tr key={key}>
                <th scope="row">{labelOf(key)}</th>
                <td>{figure(fitted.bilinear.partners[p].dynamics[key])}</td>
                <td>{figure(fitted.repairDamping.partners[p].dynamics[key])}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Squared error (lower fits better)</th>
              {(['bilinear', 'repairDamping'] as const).map((which) => (
                <td key={which} data-better={better[p] === which}>
                  {figure(fitted[which].sse[p])}
                  {better[p] === which ? ' (closer)' : ''}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      ))}
    </div>
  );
}
