import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PartnerColumn } from '../../src/viz/PartnerColumn';
import { samplePartner } from './sampleMap';

function stepNames(region: HTMLElement, list: string): string[] {
  return within(within(region).getByRole('list', { name: list }))
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('a partner’s column', () => {
  it('shows position and attachment as tendencies, never as a verdict', () => {
    render(
      <PartnerColumn
        partner={samplePartner({ position: 'mixed', attachment: 'fearful', pronoun: undefined })}
        partnerIndex={0}
      />,
    );
    const column = screen.getByRole('region', { name: 'Alex' });
    expect(within(column).getByRole('list', { name: 'Tendencies' })).toHaveTextContent(
      'tends to switch between pursuing and withdrawing',
    );
    expect(column).toHaveTextContent('fearful-avoidant attachment tendency');
    expect(column).not.toHaveTextContent(/\bis (a|an) (pursuer|withdrawer|anxious)/i);
  });

  it('puts extra steps where their “after” says, chained after earlier extra steps', () => {
    const partner = samplePartner({
      extraSteps: [
        { id: 'checks-phone', text: 'checks the phone', after: 'perception' },
        { id: 'sighs', text: 'sighs loudly', after: 'checks-phone' },
        { id: 'leaves', text: 'leaves the room', after: 'move' },
      ],
    });
    render(<PartnerColumn partner={partner} partnerIndex={1} />);
    const column = screen.getByRole('region', { name: 'Alex (she/her)' });
    expect(stepNames(column, 'Above the line')).toEqual([
      expect.stringMatching(/^Trigger/),
      expect.stringMatching(/^Perception/),
      expect.stringMatching(/^Extra step.*checks the phone$/),
      expect.stringMatching(/^Extra step.*sighs loudly$/),
      expect.stringMatching(/^Reactive emotion/),
      expect.stringMatching(/^Move/),
      expect.stringMatching(/^Extra step.*leaves the room$/),
    ]);
    expect(stepNames(column, 'Below the line')).toEqual([
      expect.stringMatching(/^Primary emotion/),
      expect.stringMatching(/^Attachment fear/),
      expect.stringMatching(/^Longing/),
    ]);
  });

  it('marks a layer not explored yet instead of leaving it blank', () => {
    const partner = samplePartner();
    render(
      <PartnerColumn
        partner={{
          ...partner,
          layers: { ...partner.layers, attachmentFear: '', perception: '  ' },
        }}
        partnerIndex={0}
      />,
    );
    const fear = screen.getByRole('listitem', { name: 'Attachment fear' });
    expect(fear).toHaveTextContent('not explored yet');
    expect(fear).toHaveAttribute('data-unexplored', 'true');
    expect(screen.getByRole('listitem', { name: 'Perception' })).toHaveTextContent(
      'not explored yet',
    );
    expect(screen.getByRole('listitem', { name: 'Trigger' })).toHaveAttribute(
      'data-unexplored',
      'false',
    );
  });
});
