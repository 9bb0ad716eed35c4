import { describe, expect, test, vi } from 'vitest';
import { lessonKey } from '../../src/lib/navigation.ts';
import { createProgressStore, firstIncomplete, keyOf, parseProgress, PROGRESS_KEY, withLesson } from '../../src/lib/progress.ts';
import { routes, withBase } from '../../src/lib/urls.ts';
import { fill, plural } from '../../src/lib/template.ts';
import { fill as bundledFill } from '../../src/scripts/course/fill.ts';

/** A Storage backed by a Map. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

/** A Storage whose every call throws, as in a browser with storage blocked. */
const throwingStorage = new Proxy({} as Storage, {
  get() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
});

describe('parseProgress', () => {
  test('reads a list of lesson keys, once each', () => {
    expect(parseProgress('["models/b2b","platforms/alibaba","models/b2b"]')).toEqual(['models/b2b', 'platforms/alibaba']);
  });
  test('treats anything unreadable as no progress', () => {
    for (const raw of [null, '', 'not json', '{"done":[]}', '42', 'null']) expect(parseProgress(raw)).toEqual([]);
    expect(parseProgress('["models/b2b", 3, null]')).toEqual(['models/b2b']);
  });
  test('moves a renamed lesson to its new key', () => {
    const renames = { 'platforms/dunhuang': 'platforms/dhgate' };
    expect(parseProgress('["platforms/dunhuang","models/b2b"]', renames)).toEqual(['platforms/dhgate', 'models/b2b']);
    expect(parseProgress('["platforms/dunhuang","platforms/dhgate"]', renames)).toEqual(['platforms/dhgate']);
  });
});

test('withLesson adds at the end or removes', () => {
  expect(withLesson(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
  expect(withLesson(['a', 'b'], 'a', false)).toEqual(['b']);
  expect(withLesson([], 'c', false)).toEqual([]);
});

test('firstIncomplete follows the order given', () => {
  const course = [{ key: 'a' }, { key: 'b' }, { key: 'c' }];
  expect(firstIncomplete(course, new Set())).toEqual({ key: 'a' });
  expect(firstIncomplete(course, new Set(['a', 'c']))).toEqual({ key: 'b' });
  expect(firstIncomplete(course, new Set(['a', 'b', 'c']))).toBeUndefined();
});

describe('createProgressStore', () => {
  test('stores completed lessons under the versioned key, and resets', () => {
    const storage = memoryStorage();
    const changed = vi.fn();
    const store = createProgressStore(() => storage, changed);
    store.set('models/b2b', true);
    store.set('platforms/alibaba', true);
    store.set('models/b2b', false);
    expect(storage.getItem(PROGRESS_KEY)).toBe('["platforms/alibaba"]');
    expect([...store.get()]).toEqual(['platforms/alibaba']);
    store.reset();
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    expect(store.get().size).toBe(0);
    expect(changed).toHaveBeenCalledTimes(4);
  });

  test('keeps keys it does not know (a lesson renamed back finds its progress)', () => {
    const storage = memoryStorage();
    storage.setItem(PROGRESS_KEY, '["platforms/gone"]');
    const store = createProgressStore(() => storage);
    store.set('models/b2b', true);
    expect(storage.getItem(PROGRESS_KEY)).toBe('["platforms/gone","models/b2b"]');
  });

  test('works in memory for the page when storage throws or is missing', () => {
    for (const getStorage of [() => throwingStorage, () => undefined, () => { throw new Error('no access'); }]) {
      const store = createProgressStore(getStorage);
      expect(store.get().size).toBe(0);
      store.set('models/b2b', true);
      expect([...store.get()]).toEqual(['models/b2b']);
      store.reset();
      expect(store.get().size).toBe(0);
    }
  });

  test('goes back to storage once it works again', () => {
    const storage = memoryStorage();
    let broken = true;
    const store = createProgressStore(() => (broken ? throwingStorage : storage));
    store.set('a', true);
    broken = false;
    store.set('b', true);
    expect(storage.getItem(PROGRESS_KEY)).toBe('["a","b"]');
  });
});

test('fill puts values into a dictionary string and leaves unknown placeholders (the bundle copy too)', () => {
  for (const f of [fill, bundledFill]) {
    expect(f('{done} of {total} lessons completed.', { done: 3, total: 40 })).toBe('3 of 40 lessons completed.');
    expect(f('Continue: {title} {other}', { title: 'Etsy' })).toBe('Continue: Etsy {other}');
  }
  expect(fill('{done} of {total} lessons completed.', { done: 3, total: 40 })).toBe('3 of 40 lessons completed.');
  expect(fill('Continue: {title} {other}', { title: 'Etsy' })).toBe('Continue: Etsy {other}');
});

test('a lesson link gives back the lesson key under any base; other pages have none', () => {
  const cases = [
    { kind: 'lesson', id: 'introduction', route: routes.lesson },
    { kind: 'model', id: 'b2b', route: routes.model },
    { kind: 'platform', id: 'made-in-china', route: routes.platform },
  ] as const;
  for (const base of ['/', '/course/']) {
    for (const c of cases) expect(keyOf(withBase(base, c.route(c.id)))).toBe(lessonKey(c));
  }
  for (const path of ['/', '/modules/b2b-platforms/', '/course/glossary/', '/search/', '/platforms/']) expect(keyOf(path)).toBeUndefined();
});

test('plural picks the form for a count', () => {
  const forms = { one: '{count} lesson, {minutes} min', other: '{count} lessons, {minutes} min' };
  expect(plural(forms, 1, { minutes: 5 })).toBe('1 lesson, 5 min');
  expect(plural(forms, 0, { minutes: 0 })).toBe('0 lessons, 0 min');
  expect(plural(forms, 11, { minutes: 47 })).toBe('11 lessons, 47 min');
  expect(plural({ other: '{count} x' }, 1)).toBe('1 x');
});
