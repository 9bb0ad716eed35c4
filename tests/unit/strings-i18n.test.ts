/**
 * The Chinese interface strings (src/lib/strings.zh.ts) against the English ones (src/lib/strings.ts):
 * the same keys at every level and the same placeholders, checked at run time; and proof that the type
 * `UiStrings` makes `npm run check` fail on a missing or an extra key, by compiling fixtures with the
 * project's compiler options.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { strings } from '../../src/lib/strings';
import { zhStrings } from '../../src/lib/strings.zh';
import { plural } from '../../src/lib/template';
import { projectRoot } from '../e2e/harness/buildSite.ts';

type Tree = string | number | boolean | readonly Tree[] | { readonly [key: string]: Tree };

type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object';

/** Every path in a dictionary, inner objects and arrays included, with what sits there. */
function paths(tree: Tree, prefix = ''): Map<string, Kind> {
  const kind: Kind = Array.isArray(tree) ? 'array' : (typeof tree as Exclude<Kind, 'array'>);
  const found = new Map<string, Kind>([[prefix, kind]]);
  if (typeof tree === 'object') {
    for (const [key, child] of Object.entries(tree)) {
      for (const [path, k] of paths(child as Tree, prefix ? `${prefix}.${key}` : key)) found.set(path, k);
    }
  }
  return found;
}

/** The text at every path that holds a string. */
function texts(tree: Tree, prefix = ''): Map<string, string> {
  if (typeof tree === 'string') return new Map([[prefix, tree]]);
  if (typeof tree !== 'object') return new Map();
  return new Map(Object.entries(tree).flatMap(([key, child]) => [...texts(child as Tree, prefix ? `${prefix}.${key}` : key)]));
}

/** The value at a dotted path. */
function at(tree: Tree, path: string): Tree {
  return path.split('.').reduce<Tree>((node, key) => (node as Record<string, Tree>)[key]!, tree);
}

/** Placeholder names, as fill() in src/lib/template.ts reads them. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/** Strings that are the same in both languages on purpose, with the reason. */
const sameInBoth = new Map([
  ['siteName', 'The brand "Across Borders" stays in English in every edition.'],
  ['discovery.shortName', 'The brand, under the home-screen icon.'],
  ['search.shortcutHint', 'The key "/" itself, shown on the search button.'],
]);

/** Chinese ideographs or full-width punctuation: a string with neither was not translated. */
const chinese = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

const pluralCategories = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPluralForms = (tree: Tree): tree is Record<string, string> =>
  typeof tree === 'object' && !Array.isArray(tree) && 'other' in tree && Object.keys(tree).every((k) => pluralCategories.has(k));

const en = texts(strings);
const zh = texts(zhStrings);

describe('zhStrings at run time', () => {
  it('has exactly the keys of strings at every level, with the same kind of value', () => {
    const enPaths = paths(strings);
    expect(enPaths.size).toBeGreaterThan(400);
    expect(Object.fromEntries(paths(zhStrings))).toEqual(Object.fromEntries(enPaths));
  });

  it('keeps the placeholders of every English string, and has no stray brace', () => {
    const wrong = [...en].flatMap(([path, english]) => {
      const text = zh.get(path) ?? '';
      const problems: string[] = [];
      const [want, got] = [placeholders(english), placeholders(text)];
      if (want.join() !== got.join()) problems.push(`${path}: placeholders {${got.join('}, {')}} instead of {${want.join('}, {')}}`);
      // A brace left over after the placeholders is a mistyped one, such as "{count" or "{ count }".
      if (/[{}]/.test(text.replace(/\{\w+\}/g, ''))) problems.push(`${path}: a brace outside a placeholder in "${text}"`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it('translates every string but the listed ones: none empty, none left in English', () => {
    const wrong = [...zh].flatMap(([path, text]) => {
      if (!text.trim()) return [`${path}: empty`];
      if (sameInBoth.has(path)) return [];
      if (text === en.get(path)) return [`${path}: same as the English "${text}" (translate it, or list it in sameInBoth with a reason)`];
      return chinese.test(text) ? [] : [`${path}: no Chinese in "${text}"`];
    });
    expect(wrong).toEqual([]);
  });

  it('allows an unchanged string only where one is listed, and lists only strings that exist', () => {
    const unchanged = [...zh].filter(([path, text]) => text === en.get(path)).map(([path]) => path);
    expect(unchanged.sort()).toEqual([...sameInBoth.keys()].sort());
  });

  it('gives every plural form the same text, since Chinese does not inflect for number', () => {
    const forms = [...paths(strings).keys()].filter((path) => path && isPluralForms(at(strings, path)));
    expect(forms).toContain('course.lessonCount');
    for (const path of forms) {
      const zhForms = at(zhStrings, path) as Record<string, string>;
      for (const [category, text] of Object.entries(zhForms)) expect(text, `${path}.${category}`).toBe(zhForms.other);
    }
    // Chinese plural rules have only "other", so plural() gives the same text under English or Chinese rules.
    expect([0, 1, 2, 5, 21].map((n) => new Intl.PluralRules('zh-CN').select(n))).toEqual(['other', 'other', 'other', 'other', 'other']);
    expect(plural(zhStrings.course.lessonCount, 1, { minutes: 12 })).toBe('1 课，12 分钟');
    expect(plural(zhStrings.course.lessonCount, 3, { minutes: 40 })).toBe('3 课，40 分钟');
  });
});

describe('UiStrings in the type check', () => {
  const fixtures = join(projectRoot, 'tests/fixtures/strings-types');
  const files = {
    missingKey: join(fixtures, 'missing-key.ts'),
    extraKey: join(fixtures, 'extra-key.ts'),
    complete: join(fixtures, 'complete.ts'),
    zh: join(projectRoot, 'src/lib/strings.zh.ts'),
  };
  // The project's own compiler options (tsconfig.json, astro/tsconfigs/strictest), as `npm run check` uses them.
  const config = ts.getParsedCommandLineOfConfigFile(join(projectRoot, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  })!;
  const program = ts.createProgram({ rootNames: Object.values(files), options: { ...config.options, noEmit: true } });
  const diagnostics = (file: string) =>
    ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ({ code: d.code, message: ts.flattenDiagnosticMessageText(d.messageText, '\n') }));

  it('checks strings.zh.ts with the app, and leaves the failing fixtures out of it', () => {
    const normalize = (f: string) => ts.sys.resolvePath(f);
    const checked = new Set(config.fileNames.map(normalize));
    expect(checked.has(normalize(files.zh))).toBe(true);
    expect(checked.has(normalize(files.missingKey))).toBe(false);
    expect(checked.has(normalize(files.extraKey))).toBe(false);
  });

  it('compiles strings.zh.ts and the complete fixture without error', () => {
    expect(diagnostics(files.zh)).toEqual([]);
    expect(diagnostics(files.complete)).toEqual([]);
  });

  it('reports the key missing from a Chinese dictionary, by name', () => {
    expect('backToQuestions' in strings.quiz).toBe(true);
    const found = diagnostics(files.missingKey);
    expect(found).toHaveLength(1);
    expect(found[0]!.code).toBe(2741); // Property '…' is missing in type '…' but required in type '…'.
    expect(found[0]!.message).toContain("Property 'backToQuestions' is missing");
  });

  it('reports a key the English dictionary lacks, by name', () => {
    expect('shareAnswers' in strings.quiz).toBe(false);
    const found = diagnostics(files.extraKey);
    expect(found).toHaveLength(1);
    expect(found[0]!.code).toBe(2353); // Object literal may only specify known properties …
    expect(found[0]!.message).toContain("'shareAnswers' does not exist");
  });
});
