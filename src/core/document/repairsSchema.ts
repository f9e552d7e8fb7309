/** The schema of a partner's repairs: catalogue moves and the couple's own, each listed once. */
import * as v from 'valibot';
import { stepId } from './extraStepsSchema';
import { isObject, quoted } from './fields';
import { LIMITS } from './limits';
import { choice, list, notOneOf, objectProblem, pathTo, text } from './schemaFields';
import { REPAIR_KINDS } from './vocabulary';

const words = v.optional(text(LIMITS.repairWordsChars));

const catalogueRepair = v.looseObject({ kind: v.picklist(REPAIR_KINDS), words }, objectProblem);

const customRepair = v.looseObject(
  {
    kind: v.literal('custom'),
    id: v.pipe(
      stepId,
      v.notValues(
        REPAIR_KINDS,
        (issue) =>
          `is ${quoted(issue.input)}, the name of a catalogue repair; give the couple's own repair its own id`,
      ),
    ),
    label: text(LIMITS.repairLabelChars),
    actsLike: choice(REPAIR_KINDS),
    words,
  },
  objectProblem,
);

const notARepairKind = notOneOf([...REPAIR_KINDS, 'custom']);

const repairMove = v.pipe(
  v.custom<v.InferInput<typeof catalogueRepair> | v.InferInput<typeof customRepair>>(
    isObject,
    objectProblem,
  ),
  // The variant's own message is only for its `kind`: the object itself was checked just before.
  v.variant('kind', [catalogueRepair, customRepair], (issue) =>
    issue.input === undefined ? 'is missing' : notARepairKind(issue),
  ),
);

/** Each repair is listed once (JSON Schema cannot say this). */
const eachRepairOnce = v.rawCheck<v.InferOutput<typeof repairMove>[]>(({ dataset, addIssue }) => {
  const repairs: unknown = dataset.value;
  if (!Array.isArray(repairs)) return;
  const seen = new Set<string>();
  repairs.forEach((repair, index) => {
    if (!isObject(repair)) return;
    const id = repair.kind === 'custom' ? repair.id : repair.kind;
    if (typeof id !== 'string') return;
    if (seen.has(id)) {
      addIssue({
        message: `repeats the repair ${quoted(id)}; list each repair once`,
        path: pathTo([repairs, index]),
      });
    }
    seen.add(id);
  });
});

/** A partner's repairs. */
export const repairsSchema = v.pipe(
  list(repairMove, LIMITS.repairsPerPartner),
  eachRepairOnce,
  v.description(
    'Repair moves from the catalogue, or the couple’s own ("custom") that play like one; each listed once.',
  ),
);
