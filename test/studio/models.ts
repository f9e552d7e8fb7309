/** The built-in models for the studio tests. */
export { model, MODEL_IDS } from '../core/engine/models';
