// A label inside a sentence: "Theo’s soft reach", but "Priya’s reassuring A.R.E. response", and a couple's own repair as they wrote it.
import { describe, expect, it } from 'vitest';
import { repairInSentence } from '../../../src/core';
import { inSentence } from '../../../src/core/text/inSentence';

describe('inSentence', () => {
  it('lowers only the first letter', () => {
    expect(inSentence('Soft reach')).toBe('soft reach');
    expect(inSentence('Reassuring A.R.E. response')).toBe('reassuring A.R.E. response');
    expect(inSentence('Tea and a truce')).toBe('tea and a truce');
  });

  it('keeps an abbreviation that starts the label as it is', () => {
    expect(inSentence('A.R.E. check-in')).toBe('A.R.E. check-in');
    expect(inSentence('EFT homework')).toBe('EFT homework');
  });

  it('leaves a one-letter first word, and an empty label, to the rule', () => {
    expect(inSentence('A pause together')).toBe('a pause together');
    expect(inSentence('')).toBe('');
  });
});

describe('repairInSentence', () => {
  it('lowers a catalogue repair’s label and keeps a couple’s own as they wrote it', () => {
    expect(repairInSentence('softReach', 'Soft reach')).toBe('soft reach');
    expect(repairInSentence('areResponse', 'Reassuring A.R.E. response')).toBe(
      'reassuring A.R.E. response',
    );
    expect(repairInSentence('tea-truce', 'Tea and a truce')).toBe('Tea and a truce');
  });
});
