/** A partner's name, with the pronoun in brackets only when the map gives one: "Alex (she/her)". */
import type { Partner } from '../core';

export function PartnerName({ partner }: { readonly partner: Partner }) {
  const pronoun = partner.pronoun?.trim() ?? '';
  return (
    <>
      {pronoun === '' ? partner.name : `${partner.name} `}
      {pronoun !== '' && <span className="partner-pronoun">({pronoun})</span>}
    </>
  );
}
