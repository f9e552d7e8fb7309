import { describe, expect, it } from 'vitest';
import { parseCycleMap } from '../../src/core';
import { fixtureBytes, fixtureNames } from './fixtures';

/**
 * The maps the valid and older fixtures open as, with their notes, pinned in a snapshot taken
 * before validation moved to Valibot: a change to the parser must not change them silently.
 */
describe('what the stored maps open as', () => {
  it.each([...fixtureNames('valid'), ...fixtureNames('older')])('%s', (name) => {
    expect(parseCycleMap(fixtureBytes(name))).toMatchSnapshot();
  });
});
