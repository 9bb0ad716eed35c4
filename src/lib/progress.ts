/**
 * The progress store: which lessons the learner has marked complete. Runs in the browser (bundled into
 * the lesson and home page scripts), so it stays small and has no dependencies.
 *
 * Data model
 * - One `localStorage` entry. Key: `ab-progress-v1` (the version is in the key, so a new format can
 *   live next to the old one and migrate from it). Value: a JSON array of lesson keys, the lessons
 *   marked complete, oldest first: `["lessons/introduction","models/b2b","platforms/alibaba"]`.
 * - A lesson key is "<collection>/<id>" (`lessonKey()` in navigation.ts), which follows the file name
 *   and is the end of the lesson's URL ("/course/platforms/alibaba/" → "platforms/alibaba"). Pages find
 *   completed lessons among their own links (`keyOf`), so no list of the course ships in JavaScript.
 *
 * When lessons are renamed or removed
 * - A renamed file gets a new key; the old key stays in storage and matches no link, so it is simply
 *   ignored (nothing is counted or shown for it) and never deleted, in case the name comes back.
 * - To carry progress across a rename, add `'old key': 'new key'` to `renamedLessons` below; reading
 *   then moves the old key to the new one, and the next write stores the new key.
 *
 * When storage is unavailable (private modes, disabled cookies, a full quota: `localStorage` throws)
 * - Every read and write is guarded; the store then keeps progress in memory for the life of the page,
 *   so the buttons still work, and nothing throws.
 */

export const PROGRESS_KEY = 'ab-progress-v1';

/** Old lesson key → new lesson key, for lessons whose file was renamed. */
export const renamedLessons: Readonly<Record<string, string>> = {};

/** Event dispatched on `document` whenever progress changes on this page. */
export const PROGRESS_EVENT = 'ab-progress';

/** The stored value as a list of lesson keys; anything unreadable counts as no progress. */
export function parseProgress(raw: string | null, renames: Readonly<Record<string, string>> = renamedLessons): string[] {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const keys = value.filter((k): k is string => typeof k === 'string').map((k) => renames[k] ?? k);
  return [...new Set(keys)];
}

/** The list with `key` added (at the end) or removed. */
export function withLesson(keys: readonly string[], key: string, done: boolean): string[] {
  const rest = keys.filter((k) => k !== key);
  return done ? [...rest, key] : rest;
}

/** The first lesson, in the order given, that is not complete; undefined when all are. */
export function firstIncomplete<T extends { key: string }>(ordered: readonly T[], done: ReadonlySet<string>): T | undefined {
  return ordered.find((l) => !done.has(l.key));
}

export interface ProgressStore {
  /** Keys of the completed lessons. */
  get(): Set<string>;
  set(key: string, done: boolean): void;
  reset(): void;
}

/**
 * A store over a Storage that may be missing or throw. `getStorage` is called on every access, so a
 * storage that starts failing mid-visit is handled too.
 */
export function createProgressStore(getStorage: () => Storage | undefined, onChange: () => void = () => {}): ProgressStore {
  let memory: string[] | undefined;
  const read = (): string[] => {
    if (memory) return memory;
    try {
      return parseProgress(getStorage()?.getItem(PROGRESS_KEY) ?? null);
    } catch {
      return [];
    }
  };
  const write = (keys: string[]) => {
    try {
      const storage = getStorage();
      if (!storage) throw new Error('no storage');
      if (keys.length) storage.setItem(PROGRESS_KEY, JSON.stringify(keys));
      else storage.removeItem(PROGRESS_KEY);
      memory = undefined;
    } catch {
      memory = keys;
    }
    onChange();
  };
  return {
    get: () => new Set(read()),
    set: (key, done) => write(withLesson(read(), key, done)),
    reset: () => write([]),
  };
}

/** The page's store over `localStorage`; changes are announced with PROGRESS_EVENT. */
export const progress: ProgressStore = createProgressStore(
  () => globalThis.localStorage,
  () => document.dispatchEvent(new Event(PROGRESS_EVENT)),
);

/**
 * The lesson key at the end of a URL path, or undefined for a page that is not a lesson.
 * The folder names repeat `routes` (urls.ts) on purpose: this module ships in the script of every page,
 * and importing urls.ts, which the search islands import too, would split a shared chunk off it: one more
 * request on every page. tests/unit/progress.test.ts checks that this matches `routes` and `lessonKey`.
 */
export function keyOf(pathname: string): string | undefined {
  return /\/((?:lessons|models|platforms)\/[^/]+)\/?$/.exec(pathname)?.[1];
}

/** The links to lessons under `root`, with their keys, in document (course) order. */
export function lessonLinks(root: ParentNode): { key: string; link: HTMLAnchorElement }[] {
  return [...root.querySelectorAll('a')].flatMap((link) => {
    const key = keyOf(link.pathname);
    return key ? [{ key, link }] : [];
  });
}

/**
 * Ticks the completed lessons among the lesson links under `root`: sets `data-done` (styled as a
 * tick) and appends the root's `data-done-label` for screen readers.
 */
export function showCompleted(root: HTMLElement, done: ReadonlySet<string> = progress.get()): void {
  for (const { key, link } of lessonLinks(root)) {
    const complete = done.has(key);
    link.toggleAttribute('data-done', complete);
    link.querySelector('.done-label')?.remove();
    if (complete) {
      const label = document.createElement('span');
      label.className = 'sr-only done-label';
      label.textContent = ` ${root.dataset.doneLabel ?? ''}`;
      link.append(label);
    }
  }
}
