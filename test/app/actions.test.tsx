// The actions registry: each named action does what its button and its key say, and only when it can.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ACTIONS, actionForKey, dispatch } from '../../src/app/actions/registry';
import { labelOf } from '../../src/app/actions/action';
import { RepairPalette } from '../../src/app/dance/RepairPalette';
import {
  createStudio,
  danceOf,
  indexOf,
  isPlaying,
  reducedMotionChoiceOf,
  speedOf,
  therapistPresentOf,
  windowsStateOf,
  type Studio,
} from '../../src/studio';
import { inlineRunner } from '../../src/studio/inlineRunner';
import { polka } from '../../stories/sampleDances';

function polkaStudio(): Studio {
  const studio = createStudio({ analysis: inlineRunner({ maxRuns: 10 }) });
  studio.send({ type: 'document.load', map: polka, source: 'builtIn' });
  return studio;
}

/** A key press as the window sees it, on the page itself (not in a field). */
const press = (key: string, extra: Partial<KeyboardEvent> = {}) =>
  ({
    key,
    altKey: false,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    defaultPrevented: false,
    target: document.body,
    ...extra,
  }) as KeyboardEvent;

describe('the actions registry', () => {
  it('names every action once, with a label a button can show', () => {
    const studio = polkaStudio();
    for (const [name, action] of Object.entries(ACTIONS)) {
      expect(action.name).toBe(name);
      expect(labelOf(action, studio.getSnapshot())).not.toBe('');
    }
  });

  it('togglePlay is labelled Play or Pause, and Space runs it', () => {
    const studio = polkaStudio();
    expect(labelOf(ACTIONS.togglePlay, studio.getSnapshot())).toBe('Play');
    expect(actionForKey(press(' '), studio.getSnapshot())).toBe(ACTIONS.togglePlay);
    dispatch(studio, 'togglePlay', undefined);
    expect(isPlaying(studio.getSnapshot())).toBe(true);
    expect(labelOf(ACTIONS.togglePlay, studio.getSnapshot())).toBe('Pause');
    dispatch(studio, 'togglePlay', undefined);
    expect(isPlaying(studio.getSnapshot())).toBe(false);
  });

  it('stepForward, stepBack and restart move the moment, and are unavailable at the ends', () => {
    const studio = polkaStudio();
    expect(actionForKey(press('ArrowLeft'), studio.getSnapshot())).toBeUndefined();
    expect(actionForKey(press('ArrowRight'), studio.getSnapshot())).toBe(ACTIONS.stepForward);
    dispatch(studio, 'stepForward', undefined);
    dispatch(studio, 'stepForward', undefined);
    expect(indexOf(studio.getSnapshot())).toBe(2);
    dispatch(studio, 'stepBack', undefined);
    expect(indexOf(studio.getSnapshot())).toBe(1);
    dispatch(studio, 'restart', undefined);
    expect(indexOf(studio.getSnapshot())).toBe(0);
    dispatch(studio, 'stepBack', undefined);
    expect(indexOf(studio.getSnapshot())).toBe(0);
  });

  it('seek, setSpeed and setSeed change what plays', () => {
    const studio = polkaStudio();
    dispatch(studio, 'seek', 12);
    expect(indexOf(studio.getSnapshot())).toBe(12);
    dispatch(studio, 'setSpeed', 2);
    expect(speedOf(studio.getSnapshot())).toBe(2);
    dispatch(studio, 'setSeed', 9);
    expect(danceOf(studio.getSnapshot())!.session.seed).toBe(9);
  });

  it('tryRepair tries a repair at the moment on screen, and is unavailable once the dance has ended', () => {
    const studio = polkaStudio();
    dispatch(studio, 'tryRepair', { by: 1, kind: 'softReach' });
    expect(danceOf(studio.getSnapshot())!.session.events[0]).toEqual({
      type: 'REPAIR',
      by: 1,
      kind: 'softReach',
    });
    const ended = polkaStudio();
    dispatch(ended, 'seek', 10_000);
    const before = danceOf(ended.getSnapshot())!.session;
    dispatch(ended, 'tryRepair', { by: 0, kind: 'softReach' });
    expect(danceOf(ended.getSnapshot())!.session).toBe(before);
  });

  it('setTherapist, setReducedMotion and setRepairWindows switch their settings', () => {
    const studio = polkaStudio();
    dispatch(studio, 'setTherapist', true);
    expect(therapistPresentOf(studio.getSnapshot())).toBe(true);
    dispatch(studio, 'setReducedMotion', true);
    expect(reducedMotionChoiceOf(studio.getSnapshot())).toBe(true);
    dispatch(studio, 'setRepairWindows', true);
    expect(windowsStateOf(studio.getSnapshot()).status).not.toBe('off');
    dispatch(studio, 'setRepairWindows', false);
    expect(windowsStateOf(studio.getSnapshot()).status).toBe('off');
  });

  it('R focuses the first repair that can be tried', () => {
    const studio = polkaStudio();
    render(<RepairPalette map={polka} enabled onRepair={() => {}} message={null} />);
    const action = actionForKey(press('r'), studio.getSnapshot());
    expect(action).toBe(ACTIONS.focusRepairs);
    action!.perform(studio);
    expect(screen.getAllByRole('button')[0]).toHaveFocus();
  });

  it('leaves keys to fields, to buttons (Space), and to shortcuts with modifiers', () => {
    const studio = polkaStudio();
    const field = document.createElement('input');
    const button = document.createElement('button');
    expect(
      actionForKey(press('ArrowRight', { target: field }), studio.getSnapshot()),
    ).toBeUndefined();
    expect(actionForKey(press(' ', { target: button }), studio.getSnapshot())).toBeUndefined();
    expect(actionForKey(press('ArrowRight', { target: button }), studio.getSnapshot())).toBe(
      ACTIONS.stepForward,
    );
    expect(actionForKey(press('r', { ctrlKey: true }), studio.getSnapshot())).toBeUndefined();
  });
});
