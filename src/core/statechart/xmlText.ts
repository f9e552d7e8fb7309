/** Text that is safe inside XML: what no XML 1.0 document may hold removed, then the five specials escaped. */

/**
 * Characters XML 1.0 forbids anywhere (C0 controls other than tab, line feed and carriage return,
 * U+FFFE, U+FFFF) and UTF-16 halves without their pair.
 */
// With the `u` flag a surrogate pair is one code point, so the surrogate range matches lone halves only.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/**
 * The text without the characters an XML document may not contain. Everything else — right-to-left
 * scripts, emoji, joiners — is kept as it is.
 *
 * @example
 * withoutNonXml('a\u0000b\uFFFEc'); // 'abc'
 */
export function withoutNonXml(text: string): string {
  return text.replace(NOT_XML, '');
}

const SPECIALS: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // Not needed by XML, but then no user text reads as `onload=` or `javascript:` to a scanner.
  '=': '&#61;',
  ':': '&#58;',
};

/**
 * Text for an XML element or attribute value: non-XML characters removed, `& < > " '` escaped, so
 * whatever a user typed stays text and can never become markup (`=` and `:` too, as references).
 *
 * @example
 * xmlText('<script>"x"</script>'); // '&lt;script&gt;&quot;x&quot;&lt;/script&gt;'
 */
export function xmlText(text: string): string {
  return withoutNonXml(text).replace(/[&<>"'=:]/g, (c) => SPECIALS[c] ?? '');
}
