/**
 * The dance's options under the stage: a therapist in the room, reduced motion, the seed, printing
 * the worksheet and saving the loop as a picture. Its own component, reading its own studio state,
 * so a turn of the dance does not render it again.
 */
import { memo, useId, useState } from 'react';
import type { CycleMap } from '../../core';
import { clockOf, seedOf, therapistPresentOf } from '../../studio';
import { Term } from '../../viz/glossary/Term';
import { TermHelp } from '../../viz/glossary/TermHelp';
import { useDispatch } from '../actions/useActions';
import { ExportPicture } from '../export/ExportPicture';
import { pictureOf } from '../export/standaloneSvg';
import { useStudio, useStudioSelector } from '../studio/StudioContext';
import { PrintWorksheet } from '../worksheet/PrintWorksheet';
import { Switch } from './Switch';

interface DanceOptionsProps {
  readonly map: CycleMap;
  readonly reducedMotion: boolean;
}

export const DanceOptions = memo(function DanceOptions({ map, reducedMotion }: DanceOptionsProps) {
  const run = useDispatch();
  const studio = useStudio();
  const seed = useStudioSelector(seedOf);
  const therapistPresent = useStudioSelector(therapistPresentOf);
  const [seedText, setSeedText] = useState(String(seed));
  const seedId = useId();
  return (
    <div className="dance-options">
      <span className="with-help">
        <Switch
          label="Therapist present"
          checked={therapistPresent}
          onChange={(present) => run('setTherapist', present)}
          description="A therapist in the room as co-regulator, a calm third nervous system: hearts rise more slowly and settle faster, and repairs are easier to hear. The dance still escalates, but later."
        />
        <TermHelp id="therapist-present" term="Therapist present" />
      </span>
      <Switch
        label="Reduce motion"
        checked={reducedMotion}
        onChange={(reduced) => run('setReducedMotion', reduced)}
        description="Step through without animation"
      />
      <span className="with-help">
        <label className="seed" htmlFor={seedId}>
          Seed
          <input
            id={seedId}
            type="number"
            min={0}
            step={1}
            value={seedText}
            onChange={(e) => {
              // The field may be empty while someone types; the dance changes once it holds a seed.
              setSeedText(e.target.value);
              const next = Number(e.target.value);
              if (e.target.value.trim() !== '' && Number.isInteger(next) && next >= 0)
                run('setSeed', next);
            }}
          />
        </label>
        <TermHelp id="seed" />
      </span>
      <PrintWorksheet />
      <ExportPicture
        what="the loop"
        fileName={`${map.id}-loop`}
        picture={() => {
          const svg = document.querySelector<SVGSVGElement>('.dance-view svg.dance-loop-svg');
          return svg === null
            ? null
            : pictureOf(svg, {
                title: `${map.title}: the loop`,
                description:
                  `${map.partners[0].name}’s move sets off ${map.partners[1].name}’s trigger, and ${map.partners[1].name}’s move sets off ${map.partners[0].name}’s trigger. ${clockOf(studio.getSnapshot()) ?? ''}`.trim(),
              });
        }}
      />
      <p className="dance-words">
        New to these words? <Term id="flooding">Flooding</Term>,{' '}
        <Term id="loop-state">the loop’s state</Term>,{' '}
        <Term id="rounds-and-turns">rounds and turns</Term> and{' '}
        <Term id="endings">how a dance ends</Term> are explained in plain words.
      </p>
    </div>
  );
});
