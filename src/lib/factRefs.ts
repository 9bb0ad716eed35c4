/**
 * `<Fact id="…"/>` in a lesson's MDX body: which ids it may name, where a body uses it, and which uses name no
 * fact of the file. Pure and free of Astro, so the check before Astro's content sync (src/lib/contentCheck.ts)
 * and the content rules share it.
 */

/** Named facts a `<Fact>` can print, by field name. `reach` is a number for the guide, not a figure to quote. */
export const namedFactFields = ['founded', 'headquarters', 'owner', 'payments', 'logistics', 'buyerMarkets'] as const;

/** The lists whose items `<Fact>` can print by `id`: further facts and fees. Timeline events, claims and risks are sentences, not figures. */
export const factLists = ['facts', 'fees'] as const;

/** The ids `<Fact>` can name in one entry, from its frontmatter as read from disk (before the schema). */
export function addressableFactIds(data: unknown): Set<string> {
  const ids = new Set<string>();
  if (!data || typeof data !== 'object') return ids;
  const d = data as Record<string, unknown>;
  for (const key of namedFactFields) if (d[key]) ids.add(key);
  for (const list of factLists) {
    for (const item of Array.isArray(d[list]) ? d[list] : []) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string') ids.add(id);
    }
  }
  return ids;
}

/** Ids of an entry's other lists, so an error can say "that is a timeline event" instead of "not found". */
function otherIds(data: unknown): Map<string, string> {
  const found = new Map<string, string>();
  const d = (data ?? {}) as Record<string, unknown>;
  for (const list of ['timeline', 'claims', 'risks'] as const) {
    for (const item of Array.isArray(d[list]) ? d[list] : []) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string') found.set(id, list);
    }
  }
  return found;
}

/** Edit distance between two ids, to suggest the one an author probably meant. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** "did you mean …" for ids close to a mistyped one, or every id of the file when none is close. */
function suggestion(id: string, ids: Set<string>): string {
  const close = [...ids]
    .map((known) => ({ known, d: distance(id, known) }))
    .filter(({ known, d }) => d <= Math.max(3, Math.floor(known.length / 3)))
    .sort((x, y) => x.d - y.d || x.known.localeCompare(y.known))
    .slice(0, 3)
    .map(({ known }) => `"${known}"`);
  if (close.length) return `did you mean ${close.join(' or ')}?`;
  return `ids of this file: ${[...ids].sort().join(', ') || 'none yet'}`;
}

/** A `<Fact>` element in a body: the id it names (undefined when not written as a quoted string) and its line. */
export interface FactRef {
  id: string | undefined;
  line: number;
}

/** Code in Markdown, which shows `<Fact>` as text instead of rendering it: blanked, keeping line numbers. */
function blankCode(body: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]*`/g, blank);
}

/** Every `<Fact …>` element of an MDX body, in order. */
export function factRefs(body: string): FactRef[] {
  const text = blankCode(body);
  const refs: FactRef[] = [];
  for (const m of text.matchAll(/<Fact\b([^>]*)>/g)) {
    const id = /\bid=(?:"([^"]*)"|'([^']*)')/.exec(m[1] ?? '');
    refs.push({ id: id ? (id[1] ?? id[2]) : undefined, line: text.slice(0, m.index).split('\n').length });
  }
  return refs;
}

/** A `<Fact>` that names no fact of its file, with what to change. */
export interface FactRefProblem {
  id: string | undefined;
  line: number;
  message: string;
}

/**
 * The `<Fact>` uses of a body that the page could not print. `bodyStartLine` is the file line the body starts
 * on, so the line numbers point into the file an author opens.
 */
export function unknownFactRefs(data: unknown, body: string, bodyStartLine = 1): FactRefProblem[] {
  const ids = addressableFactIds(data);
  const others = otherIds(data);
  return factRefs(body).flatMap(({ id, line }): FactRefProblem[] => {
    const at = line + bodyStartLine - 1;
    if (id === undefined) {
      return [{ id, line: at, message: '<Fact> needs its id as a quoted string, <Fact id="fact-id" />' }];
    }
    if (ids.has(id)) return [];
    const list = others.get(id);
    const why = list
      ? `"${id}" is one of the ${list}, which <Fact> cannot print: cite a fact or fee (add one under facts: with the same source)`
      : `no fact or fee of this file has the id "${id}": add it under facts: (with its source, asOf and checked) or fix the id`;
    return [{ id, line: at, message: `<Fact id="${id}">: ${why}; ${suggestion(id, ids)}` }];
  });
}
