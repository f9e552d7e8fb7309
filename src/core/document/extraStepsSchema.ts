/** The schema of a partner's extra steps: each with an id of its own, after a step listed before it. */
import * as v from 'valibot';
import { isObject, quoted } from './fields';
import { LIMITS, STEP_ID_PATTERN } from './limits';
import { formatted, list, pathTo, record, text } from './schemaFields';
import { ABOVE_THE_LINE } from './vocabulary';

const STEP_ID_HINT = 'should start with a lower-case letter and use only letters, digits and "-"';

/** The id of a step or of a couple's own repair: it becomes a state name and a CLI output key. */
export const stepId = formatted(LIMITS.stepIdChars, STEP_ID_PATTERN, STEP_ID_HINT);

const alreadyAStep = (id: string) =>
  `is ${quoted(id)}, which is already a step of this partner; each step needs its own id`;

const extraStep = record({
  // JSON Schema can say this much of "an id of its own"; the check below also knows earlier steps.
  id: v.pipe(
    stepId,
    v.notValues(ABOVE_THE_LINE, (issue) => alreadyAStep(issue.input)),
  ),
  text: text(LIMITS.layerChars),
  after: text(LIMITS.stepIdChars),
});

/**
 * Each extra step follows a step already there, and has an id of its own (JSON Schema cannot say
 * this). Like every raw check it also runs after an entry failed, so it reads the list warily.
 */
const stepsFollowEarlierSteps = v.rawCheck<v.InferOutput<typeof extraStep>[]>(
  ({ dataset, addIssue }) => {
    const steps: unknown = dataset.value;
    if (!Array.isArray(steps)) return;
    const known = new Set<string>(ABOVE_THE_LINE);
    steps.forEach((step, index) => {
      if (!isObject(step) || typeof step.id !== 'string' || typeof step.after !== 'string') return;
      if (known.has(step.id)) {
        addIssue({
          message: alreadyAStep(step.id),
          path: pathTo([steps, index], [step, 'id']),
        });
      }
      if (!known.has(step.after)) {
        addIssue({
          message: `is ${quoted(step.after)}, which is not an earlier step of this partner (use trigger, perception, reactiveEmotion, move, or the id of an extra step listed before this one)`,
          path: pathTo([steps, index], [step, 'after']),
        });
      }
      known.add(step.id);
    });
  },
);

/** A partner's extra steps, in the order the map lists them. */
export const extraStepsSchema = v.pipe(
  list(extraStep, LIMITS.extraStepsPerPartner),
  stepsFollowEarlierSteps,
  v.description(
    'Steps inserted into the partner’s sequence, each after an above-the-line layer or an extra step listed before it.',
  ),
);
