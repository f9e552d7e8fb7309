/** Valibot's issues as the problems a person reads: where each one is, and what is wrong, in a sentence. */
import type * as v from 'valibot';
import { describeField, type PathKey } from './fieldWords';
import { charLength, isObject, type JsonObject } from './fields';
import { LIMITS } from './limits';
import type { ParseError } from './result';

/**
 * One problem a field, the first found, in the order of the schema: a field that is both too long
 * and of the wrong form is one thing to fix, so it is said once.
 */
export function problemsOf(
  issues: readonly [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]],
  document: JsonObject,
): [ParseError, ...ParseError[]] {
  const partnerNames = partnerNamesOf(document);
  const seen = new Set<string>();
  const problems: ParseError[] = [];
  for (const issue of issues) {
    const keys = (issue.path ?? []).map((item) => item.key as PathKey);
    const path = pathText(keys);
    if (seen.has(path)) continue;
    seen.add(path);
    problems.push({
      code: 'invalid-field',
      ...(path === '' ? {} : { path }),
      message: sentence(keys, issue, partnerNames),
    });
  }
  return problems as [ParseError, ...ParseError[]]; // the first issue is always kept
}

/** `['partners', 1, 'layers', 'move']` → `partners[1].layers.move`. */
function pathText(keys: readonly PathKey[]): string {
  return keys
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('');
}

/** The schema's messages are the rest of a sentence ("is missing"), or, capitalised, a whole one. */
function sentence(
  keys: readonly PathKey[],
  issue: v.BaseIssue<unknown>,
  partnerNames: readonly (string | undefined)[],
): string {
  if (/^[A-Z“"]/.test(issue.message)) return issue.message;
  // JSON has no undefined: a field that is undefined was left out (an upgrade can leave one so).
  const problem =
    issue.kind === 'schema' && issue.input === undefined ? 'is missing' : issue.message;
  const { words, plural } = describeField(keys, partnerNames);
  return `${words} ${plural && problem.startsWith('is ') ? `are ${problem.slice(3)}` : problem}.`;
}

/** Names fit to stand for their partner in a sentence: text, not blank, not overlong. */
function partnerNamesOf(document: JsonObject): (string | undefined)[] {
  const partners = Array.isArray(document.partners) ? (document.partners as unknown[]) : [];
  return partners.map((partner) => {
    const name = isObject(partner) ? partner.name : undefined;
    if (typeof name !== 'string' || name.trim() === '') return undefined;
    return charLength(name) > LIMITS.nameChars ? undefined : name.trim();
  });
}
