/**
 * A partner's own words inside the narrator's sentence: in “curly quotes”, with any double quotes
 * of their own turned single, so quote marks never double up and the narrator's voice stays
 * outside them.
 */

/** Double quotes a person typed, turned to single ones for a quotation inside a quotation. */
function nestQuotes(text: string): string {
  // Straight quotes open and close in turn, as typed.
  let open = false;
  return text
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/"/g, () => {
      open = !open;
      return open ? '‘' : '’';
    });
}

/** The words trimmed, one space between them, and one pair of quotes around the whole dropped. */
function plain(text: string): string {
  const squeezed = text.trim().replace(/\s+/g, ' ');
  const wrapped = /^["“](.*)["”]$/.exec(squeezed);
  return wrapped !== null && !/["“”]/.test(wrapped[1]!) ? wrapped[1]!.trim() : squeezed;
}

/**
 * The words as a whole quoted sentence, ending in a full stop unless they end in one of their
 * own; null for words not written down yet.
 *
 * @example
 * quoted('I push: "You never listen!"'); // '“I push: ‘You never listen!’”'
 * quoted('frustrated, then angry'); // '“frustrated, then angry.”'
 */
export function quoted(text: string): string | null {
  const words = nestQuotes(plain(text)).replace(/[,;:]+$/, '');
  if (words === '') return null;
  return /[.!?…][’')\]]*$/.test(words) ? `“${words}”` : `“${words}.”`;
}

/**
 * The words quoted inside a sentence that goes on after them (no full stop added).
 *
 * @example
 * quotedInline('tea-truce'); // '“tea-truce”'
 */
export function quotedInline(text: string): string {
  return `“${nestQuotes(plain(text))}”`;
}
