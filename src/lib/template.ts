/**
 * Fills `{name}` placeholders in a string of the dictionary (strings.ts): the one way interface
 * strings take values, so a translation can move the values where its grammar needs them.
 * @example fill('{done} of {total} lessons completed.', { done: 3, total: 40 }) === '3 of 40 lessons completed.'
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
