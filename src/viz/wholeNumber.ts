/**
 * A whole number with its thousands grouped by commas, as `toLocaleString('en')` writes it, without
 * waking the browser's number formatting: its first use in a page costs 20 ms or more, which the
 * repair windows' first figures would wait for.
 *
 * @example
 * wholeNumber(1000); // '1,000'
 * wholeNumber(-12345.6); // '-12,346'
 */
export function wholeNumber(value: number): string {
  const digits = String(Math.abs(Math.round(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return value <= -0.5 ? `-${grouped}` : grouped;
}
