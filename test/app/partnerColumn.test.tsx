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
  it('describes the move and what the cycle pulls on as the cycle’s, with no trait tag on the person', () => {
    render(
      <PartnerColumn
        partner={samplePartner({ position: 'mixed', attachment: 'fearful', pronoun: undefined })}
        partnerIndex={0}
      />,
    );
    const column = screen.getByRole('region', { name: 'Alex' });
    const lines = within(within(column).getByRole('list', { name: 'In the cycle' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toEqual([
      'Alex’s move in the cycle: pursuing, then withdrawing — reaching out and pulling back within one fight',
      'What the cycle pulls on in Alex: fearful-avoidant attachment — longing for closeness, and bracing against it',
    ]);
    expect(column).not.toHaveTextContent(/tends to/i);
    expect(column).not.toHaveTextContent(/attachment tendency/i);
    expect(column).not.toHaveTextContent(/\bis (a|an) (pursuer|withdrawer|anxious)/i);
    // Each key word explains itself in the glossary.
    expect(
      within(column).getByRole('link', { name: 'pursuing, then withdrawing, in the glossary' }),
    ).toHaveAttribute('href', '#/glossary/pursuer-withdrawer');
    expect(
      within(column).getByRole('link', { name: 'fearful-avoidant attachment, in the glossary' }),
    ).toHaveAttribute('href', '#/glossary/attachment');
  });

  it('never tags anyone, whatever the position and attachment', () => {
    for (const position of ['pursuer', 'withdrawer', 'blamer', 'placater', 'mixed'] as const)
      for (const attachment of ['anxious', 'avoidant', 'fearful', 'secure', 'unsure'] as const) {
        const { unmount } = render(
          <PartnerColumn partner={samplePartner({ position, attachment })} partnerIndex={1} />,
        );
        const list = screen.getByRole('list', { name: 'In the cycle' });
        expect(list).toHaveTextContent(/^Alex’s move in the cycle: /);
        expect(list).not.toHaveTextContent(/tends to|tendency/i);
        expect(within(list).getAllByRole('listitem')).toHaveLength(attachment === 'unsure' ? 1 : 2);
        unmount();
      }
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
