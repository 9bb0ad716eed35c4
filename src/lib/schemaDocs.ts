/**
 * The allowed values of every enum field of the content schemas, read from the schemas themselves, so the
 * list in CONTRIBUTING.md ("Allowed values", written by `npm run docs`) cannot drift from what the build accepts.
 */
import type { z } from 'astro/zod';
import { correctionSchema, glossarySchema, lessonCollections, moduleSchema } from '../schemas/collections.ts';

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; options?: z.ZodType[]; entries?: Record<string, string>; schema?: z.ZodType; values?: unknown[] };
const defOf = (s: z.ZodType) => (s as unknown as { def: Def }).def;

/** `field path → allowed values` for every enum and literal field reachable in `schema`. */
export function enumFields(schema: z.ZodType, path = '', found = new Map<string, string[]>()): Map<string, string[]> {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape ?? {})) enumFields(child, path ? `${path}.${key}` : key, found);
      break;
    case 'array':
      enumFields(def.element!, `${path}[]`, found);
      break;
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
      enumFields(def.innerType!, path, found);
      break;
    case 'pipe':
      enumFields(def.in!, path, found);
      break;
    case 'union':
      for (const option of def.options ?? []) enumFields(option, path, found);
      break;
    case 'enum':
      found.set(path, Object.values(def.entries ?? {}));
      break;
    default:
      break;
  }
  return found;
}

const ref = (() => ({ def: { type: 'string' } })) as unknown as Parameters<(typeof lessonCollections)['lessons']>[0];

/**
 * The Markdown block CONTRIBUTING.md carries between its "allowed values" markers: one row per field, the
 * files it appears in, and its values. A field that takes the same values wherever it appears (a citation's
 * `kind`, a fact's `shelf`) gets one row under its last name.
 */
export function allowedValuesMarkdown(): string {
  const sections: [string, z.ZodType][] = [
    ['lessons', lessonCollections.lessons(ref)],
    ['models', lessonCollections.models(ref)],
    ['platforms', lessonCollections.platforms(ref)],
    ['modules.yaml', moduleSchema],
    ['glossary.yaml', glossarySchema(ref)],
    ['corrections.yaml', correctionSchema],
  ];
  const all: { where: string; field: string; values: string[] }[] = [];
  for (const [where, schema] of sections) for (const [field, values] of enumFields(schema)) all.push({ where, field, values });
  // Fields that share their last name and their values (a citation's `kind`, a fact's `shelf`) take one row.
  const last = (field: string) => field.split('.').pop()!.replace(/\[\]$/, '');
  const group = (f: { field: string; values: string[] }) => `${last(f.field)}=${f.values.join('|')}`;
  const counts = new Map<string, number>();
  for (const f of all) counts.set(group(f), (counts.get(group(f)) ?? 0) + 1);
  const rows = new Map<string, { where: Set<string>; values: string[] }>();
  for (const f of all) {
    const key = (counts.get(group(f)) ?? 0) > 3 ? `${last(f.field)} (wherever it appears)` : f.field;
    const row = rows.get(key) ?? { where: new Set<string>(), values: f.values };
    row.where.add(f.where);
    rows.set(key, row);
  }
  const lines = ['| Field | In | Allowed values |', '|---|---|---|'];
  for (const [field, { where, values }] of rows) {
    const [name, note] = field.split(' (');
    lines.push(`| \`${name}\`${note ? ` (${note}` : ''} | ${[...where].join(', ')} | ${values.map((v) => `\`${v}\``).join(', ')} |`);
  }
  return lines.join('\n');
}

export const allowedValuesMarkers = ['<!-- allowed-values:start (npm run docs writes this block) -->', '<!-- allowed-values:end -->'] as const;

/** `text` with its allowed-values block replaced by a fresh one. */
export function withAllowedValues(text: string): string {
  const [start, end] = allowedValuesMarkers;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`CONTRIBUTING.md has no allowed-values block: add the lines "${start}" and "${end}"`);
  return `${text.slice(0, from + start.length)}\n\n${allowedValuesMarkdown()}\n\n${text.slice(to)}`;
}
