/**
 * Fills `{name}` placeholders in a string of the dictionary (strings.ts): the one way interface
 * strings take values, so a translation can move the values where its grammar needs them.
 * @example fill('{done} of {total} lessons completed.', { done: 3, total: 40 }) === '3 of 40 lessons completed.'
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Plural forms of a dictionary string, by Intl.PluralRules category; `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Intl.PluralRules('en');

/**
 * Picks the form for a count and fills it, with `count` among the values.
 * @example plural({ one: '{count} lesson', other: '{count} lessons' }, 1) === '1 lesson'
 */
export function plural(forms: PluralForms, count: number, values: Record<string, string | number> = {}): string {
  return fill(forms[rules.select(count)] ?? forms.other, { count, ...values });
}
