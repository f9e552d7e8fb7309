/**
 * The printed EFT cycle worksheet: the handout a therapist gives at the end of a session. Both
 * partners side by side, above and below the line, the loop's arrows between them, each one's
 * chosen repairs in their own words, and the not-therapy note — on one A4 or Letter page.
 *
 * It is rendered beside the app (a portal into <body>), `hidden` on screen (and so out of the
 * accessibility tree, where it would repeat the page); the print stylesheet
 * (worksheet.css) prints it instead of the page, whether from "Print worksheet" or the browser's
 * own Print.
 */
import { createPortal } from 'react-dom';
import {
  BELOW_THE_LINE,
  LAYER_INFO,
  repairId,
  repairLabel,
  stepsOf,
  type CycleMap,
  type Partner,
} from '../../core';
import { NOT_THERAPY_TEXT, VIOLENCE_TEXT } from '../SafetyPanel';
import {
  printedWords,
  TIGHT_ANSWER_CHARS,
  TIGHT_REPAIR_CHARS,
  worksheetDensity,
  type WorksheetDensity,
} from './worksheetDensity';

export function Worksheet({ map }: { readonly map: CycleMap }) {
  const [a, b] = map.partners;
  const density = worksheetDensity(map);
  return createPortal(
    <article className="worksheet" data-density={density} hidden>
      <header className="worksheet-head">
        <h1>Our cycle: {map.title}</h1>
        <p>
          The dance we both get caught in — the cycle is the problem, not either of us. A worksheet
          from Cyclemap.
        </p>
        {density === 'tight' && (
          <p className="worksheet-shortened">
            Long answers are shortened here (…) to fit one page; the full words are in Cyclemap and
            in the downloaded map.
          </p>
        )}
      </header>
      <div className="worksheet-grid">
        <PartnerSide partner={a} index={0} density={density} />
        <LoopArrows first={a.name} second={b.name} />
        <PartnerSide partner={b} index={1} density={density} />
      </div>
      <footer className="worksheet-foot">
        <p>{NOT_THERAPY_TEXT}</p>
        <p>{VIOLENCE_TEXT}</p>
      </footer>
    </article>,
    document.body,
  );
}

/** A layer's words, or a line left to fill in by hand. */
function Words({ text, density }: { readonly text: string; readonly density: WorksheetDensity }) {
  return text.trim() === '' ? (
    <span className="worksheet-blank" />
  ) : (
    <>{printedWords(text, density, TIGHT_ANSWER_CHARS)}</>
  );
}

interface PartnerSideProps {
  readonly partner: Partner;
  readonly index: 0 | 1;
  readonly density: WorksheetDensity;
}

function PartnerSide({ partner, index, density }: PartnerSideProps) {
  return (
    <section className="worksheet-partner" data-partner={index}>
      <h2>{partner.name}</h2>
      <h3>Above the line: what shows</h3>
      <dl className="worksheet-steps">
        {stepsOf(partner).map((step) => (
          <div key={step.id}>
            <dt>{step.label}</dt>
            <dd>
              <Words text={step.text} density={density} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="worksheet-line">The line</p>
      <h3>Below the line: what is underneath</h3>
      <dl className="worksheet-steps">
        {BELOW_THE_LINE.map((layer) => (
          <div key={layer}>
            <dt>{LAYER_INFO[layer].label}</dt>
            <dd>
              <Words text={partner.layers[layer]} density={density} />
            </dd>
          </div>
        ))}
      </dl>
      <h3>Ways back to each other</h3>
      {partner.repairs.length === 0 ? (
        <p className="worksheet-none">None written down yet.</p>
      ) : (
        <ul className="worksheet-repairs">
          {partner.repairs.map((repair, i) => (
            <li key={`${repairId(repair)}-${i}`}>
              <strong>{repairLabel(repair)}</strong>
              {repair.words !== undefined && repair.words.trim() !== '' && (
                <> — “{printedWords(repair.words, density, TIGHT_REPAIR_CHARS)}”</>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The loop between the two columns: each one's move sets off the other's trigger. */
function LoopArrows({ first, second }: { readonly first: string; readonly second: string }) {
  return (
    <div className="worksheet-loop">
      <p>
        {first}’s move sets off {second}’s trigger
      </p>
      <svg viewBox="0 0 60 200" aria-hidden="true" focusable="false">
        <defs>
          <marker
            id="worksheet-arrow"
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" />
          </marker>
        </defs>
        <path d="M8,30 C52,30 52,30 52,100" markerEnd="url(#worksheet-arrow)" />
        <path d="M52,170 C8,170 8,170 8,100" markerEnd="url(#worksheet-arrow)" />
      </svg>
      <p>
        {second}’s move sets off {first}’s trigger
      </p>
    </div>
  );
}
