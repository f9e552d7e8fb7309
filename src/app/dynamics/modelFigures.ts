/**
 * The eight figures of the Gottman–Murray model a partner's dynamics hold (docs/model.md §4), as the
 * editor's sliders label them; the heart's figures stay in the editor, since the plane does not use them.
 */
import { MODEL_DYNAMICS_KEYS, type Dynamics } from '../../core';
import { DYNAMICS_SLIDERS, type DynamicsSlider } from '../editor/dynamicsSliders';

/** Inertia, set point, the two slopes, and the repair and damping terms' thresholds and strengths. */
export const MODEL_FIGURES = MODEL_DYNAMICS_KEYS;

export type ModelFigure = (typeof MODEL_FIGURES)[number];

/** The editor's slider (label, help, step, words) of each model figure, in the model's order. */
export const MODEL_SLIDERS: readonly (DynamicsSlider & { readonly key: ModelFigure })[] =
  MODEL_FIGURES.map((key) => {
    const slider = DYNAMICS_SLIDERS.find((s) => s.key === key);
    if (slider === undefined) throw new Error(`The editor has no slider for ${key}.`);
    return { ...slider, key };
  });

/** Both partners' dynamics, partner 0 first. */
export type Couple = readonly [Dynamics, Dynamics];
