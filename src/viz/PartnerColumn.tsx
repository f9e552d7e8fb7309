/**
 * One partner's side of the dance: who they are, their move in the cycle and what it pulls on,
 * their steps above the line, and what lies below it.
 */
import { useId } from 'react';
import { BELOW_THE_LINE, LAYER_INFO, stepsOf } from '../core';
import type { Partner } from '../core';
import { LayerItem } from './LayerItem';
import { PartnerName } from './PartnerName';
import { TheLine } from './TheLine';
import { Term } from './glossary/Term';
import { moveInCycle, pullOfCycle } from './tendencies';

interface PartnerColumnProps {
  readonly partner: Partner;
  /** 0 or 1: which partner of the map, so each keeps one colour across every view. */
  readonly partnerIndex: 0 | 1;
}

export function PartnerColumn({ partner, partnerIndex }: PartnerColumnProps) {
  const headingId = useId();
  const name = partner.name.trim() || `Partner ${partnerIndex + 1}`;
  const move = moveInCycle(name, partner.position);
  const pull = pullOfCycle(name, partner.attachment);
  return (
    <section
      className="partner-column"
      data-partner={partnerIndex}
      data-position={partner.position}
      data-attachment={partner.attachment}
      aria-labelledby={headingId}
    >
      <h3 className="partner-name" id={headingId}>
        <PartnerName partner={partner} />
      </h3>
      <ul className="tendencies" aria-label="In the cycle">
        <li>
          {move.lead}
          <Term id="pursuer-withdrawer">{move.word}</Term>
          {move.rest}
        </li>
        {pull !== null && (
          <li>
            {pull.lead}
            <Term id="attachment">{pull.word}</Term>
            {pull.rest}
          </li>
        )}
      </ul>
      <ol className="layer-list" data-side="above" aria-label="Above the line">
        {stepsOf(partner).map((step) => (
          <LayerItem
            key={step.id}
            layer={step.layer ?? 'extra'}
            label={step.label}
            question={step.layer === undefined ? undefined : LAYER_INFO[step.layer].question}
            text={step.text}
          />
        ))}
      </ol>
      <TheLine />
      <ol className="layer-list" data-side="below" aria-label="Below the line">
        {BELOW_THE_LINE.map((layer) => (
          <LayerItem
            key={layer}
            layer={layer}
            label={LAYER_INFO[layer].label}
            question={LAYER_INFO[layer].question}
            text={partner.layers[layer]}
          />
        ))}
      </ol>
    </section>
  );
}
