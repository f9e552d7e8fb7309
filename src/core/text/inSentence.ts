/**
 * A label as it reads inside a sentence ("Theo’s soft reach"): its first letter in lower case,
 * unless the first word is an abbreviation ("A.R.E. check-in", "EFT") that keeps its capitals.
 *
 * @example
 * inSentence('Soft reach'); // 'soft reach'
 * inSentence('Reassuring A.R.E. response'); // 'reassuring A.R.E. response'
 * inSentence('A.R.E. check-in'); // 'A.R.E. check-in'
 */
export function inSentence(label: string): string {
  const first = label.split(/\s/, 1)[0] ?? '';
  const abbreviation = first.length > 1 && first === first.toUpperCase() && /\p{Lu}/u.test(first);
  return abbreviation ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
