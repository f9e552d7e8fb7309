import { describe, expect, it } from 'vitest';
import { defaultDynamics, parseCycleMap, serializeCycleMap } from '../../src/core';
import { fixtureBytes } from './fixtures';

describe('maps saved in an older shape', () => {
  it('upgrades the version-0 worksheet draft, field by field, and says so', () => {
    const result = parseCycleMap(fixtureBytes('older/v0-worksheet.json'));
    if (!result.ok) throw new Error(result.error.message);
    const { value, warnings } = result;
    expect(value.title).toBe('Our Sunday-evening loop');
    expect(value.updated).toBe(value.created);
    const [kim, lee] = value.partners;
    expect(kim.position).toBe('pursuer');
    expect(kim.attachment).toBe('anxious');
    expect(kim.layers).toEqual({
      trigger: 'Lee is on the laptop all evening',
      perception: 'work matters more than me',
      reactiveEmotion: 'hurt and angry',
      move: 'I complain about the laptop',
      primaryEmotion: 'sadness',
      attachmentFear: 'being alone in this',
      longing: 'to feel chosen',
    });
    expect(kim.repairs).toEqual([{ kind: 'softReach' }, { kind: 'nameTheCycle' }]);
    expect(lee.dynamics).toEqual(defaultDynamics('withdrawer', 'avoidant'));
    expect(lee.unknownFields).toEqual({ color: 'teal' });
    expect(warnings.map((w) => w.message)).toEqual([
      'This map was saved in the draft worksheet shape (version 0) and has been upgraded; saving it writes version 1.',
    ]);
  });

  it('saves an upgraded map as the current version, which then opens without an upgrade note', () => {
    const result = parseCycleMap(fixtureBytes('older/v0-worksheet-no-repairs.json'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.updated).toBe('2025-04-01T08:00:00Z');
    expect(result.value.partners[1].repairs).toEqual([]);
    const saved = serializeCycleMap(result.value);
    expect(JSON.parse(saved)).toMatchObject({ version: 1 });
    const reopened = parseCycleMap(saved);
    expect(reopened.ok && reopened.warnings).toEqual([]);
    expect(reopened.ok && reopened.value).toEqual(result.value);
  });
});
