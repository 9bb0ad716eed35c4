/**
 * A copy of `fill` from src/lib/template.ts. Other pages' scripts import that module, and a module two
 * entries share becomes a chunk of its own: one more request on every lesson page. This copy keeps the
 * course bundle a single file. tests/unit/progress.test.ts checks that both behave the same.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
