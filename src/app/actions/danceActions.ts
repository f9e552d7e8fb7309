/** The dance's actions: playback, repairs and the settings that change what is played. */
import type { PartnerIndex } from '../../core';
import {
  canRepair,
  danceOf,
  indexOf,
  isPlaying,
  isPresenting,
  isRevealing,
  lastIndexOf,
  type StudioSnapshot,
} from '../../studio';
import type { Action, KeyPress } from './action';

/** A key pressed on its own, without Ctrl, Alt or ⌘. */
const plain = (event: KeyPress, ...keys: string[]) =>
  !event.altKey && !event.ctrlKey && !event.metaKey && keys.includes(event.key);

const hasDance = (s: StudioSnapshot) => danceOf(s) !== null;

export const togglePlay: Action = {
  name: 'togglePlay',
  label: (s) => (isPlaying(s) ? 'Pause' : 'Play'),
  shortcut: 'Space',
  keyTest: (event) => plain(event, ' '),
  enabled: hasDance,
  perform: (studio) => studio.send({ type: 'playback.toggle' }),
};

export const stepBack: Action = {
  name: 'stepBack',
  label: 'Step back',
  shortcut: 'ArrowLeft PageUp',
  keyTest: (event) => plain(event, 'ArrowLeft', 'PageUp'),
  enabled: (s) => hasDance(s) && indexOf(s) > 0,
  perform: (studio) => studio.send({ type: 'playback.stepBack' }),
};

export const stepForward: Action = {
  name: 'stepForward',
  label: 'Step forward',
  shortcut: 'ArrowRight PageDown',
  keyTest: (event) => plain(event, 'ArrowRight', 'PageDown'),
  enabled: (s) => hasDance(s) && indexOf(s) < lastIndexOf(s),
  perform: (studio) => studio.send({ type: 'playback.stepForward' }),
};

export const restart: Action = {
  name: 'restart',
  label: 'Restart',
  enabled: (s) => hasDance(s) && indexOf(s) > 0,
  perform: (studio) => studio.send({ type: 'playback.restart' }),
};

export const seek: Action<number> = {
  name: 'seek',
  label: 'Timeline',
  enabled: hasDance,
  perform: (studio, index) => studio.send({ type: 'playback.seek', index }),
};

export const setSpeed: Action<number> = {
  name: 'setSpeed',
  label: 'Speed',
  perform: (studio, speed) => studio.send({ type: 'playback.setSpeed', speed }),
};

export const setSeed: Action<number> = {
  name: 'setSeed',
  label: 'Seed',
  perform: (studio, seed) => studio.send({ type: 'playback.setSeed', seed }),
};

export const tryRepair: Action<{ readonly by: PartnerIndex; readonly kind: string }> = {
  name: 'tryRepair',
  label: 'Try a repair',
  enabled: canRepair,
  perform: (studio, { by, kind }) => studio.send({ type: 'playback.repair', by, kind }),
};

/** Moves focus to the repair palette: its first repair that can be tried, or the group itself. */
export const focusRepairs: Action = {
  name: 'focusRepairs',
  label: 'Go to the repairs',
  shortcut: 'R',
  keyTest: (event) => plain(event, 'r', 'R'),
  enabled: hasDance,
  perform: () => {
    const palette = document.querySelector<HTMLElement>('[data-palette="repair"]');
    // On the stage the repairs wait in a closed drawer: open it first.
    const drawer = palette?.closest('details');
    if (drawer != null) drawer.open = true;
    const first = palette?.querySelector<HTMLButtonElement>('button:not(:disabled)');
    (first ?? palette)?.focus();
  },
};

export const setTherapist: Action<boolean> = {
  name: 'setTherapist',
  label: 'Therapist present',
  perform: (studio, present) => studio.send({ type: 'playback.setTherapist', present }),
};

export const setReducedMotion: Action<boolean> = {
  name: 'setReducedMotion',
  label: 'Reduce motion',
  perform: (studio, reduced) => studio.send({ type: 'playback.setReducedMotion', reduced }),
};

export const setRepairWindows: Action<boolean> = {
  name: 'setRepairWindows',
  label: 'Repair windows',
  perform: (studio, on) => studio.send({ type: on ? 'analysis.enable' : 'analysis.disable' }),
};

/** The repair windows' switch is on screen: their analysis gets ready, for a quick first answer. */
export const prepareRepairWindows: Action = {
  name: 'prepareRepairWindows',
  label: 'Get the repair windows ready',
  perform: (studio) => studio.send({ type: 'analysis.prepare' }),
};

/** Presentation mode on or off: the dance fills the screen, with large type and nothing private. */
export const present: Action = {
  name: 'present',
  label: (s) => (isPresenting(s) ? 'Stop presenting' : 'Present'),
  shortcut: 'P',
  keyTest: (event) => plain(event, 'p', 'P'),
  enabled: hasDance,
  perform: (studio) =>
    studio.send({ type: 'playback.present', on: !isPresenting(studio.getSnapshot()) }),
};

/** Escape leaves presentation mode (and never counts towards Quick exit's double Escape). */
export const stopPresenting: Action = {
  name: 'stopPresenting',
  label: 'Stop presenting',
  shortcut: 'Escape',
  keyTest: (event) => plain(event, 'Escape'),
  enabled: isPresenting,
  perform: (studio) => studio.send({ type: 'playback.present', on: false }),
};

/** The staged reveal's next stage; a presentation clicker's PageDown works too. */
export const revealNext: Action = {
  name: 'revealNext',
  label: 'Next',
  shortcut: 'ArrowRight PageDown',
  keyTest: (event) => plain(event, 'ArrowRight', 'PageDown'),
  enabled: isRevealing,
  perform: (studio) => studio.send({ type: 'playback.revealNext' }),
};

export const revealPrevious: Action = {
  name: 'revealPrevious',
  label: 'Previous',
  shortcut: 'ArrowLeft PageUp',
  keyTest: (event) => plain(event, 'ArrowLeft', 'PageUp'),
  enabled: (s) => isRevealing(s) && s.playback.context.reveal !== 0,
  perform: (studio) => studio.send({ type: 'playback.revealPrevious' }),
};
