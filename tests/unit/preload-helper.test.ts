import { describe, expect, test } from 'vitest';
import { withoutPreloadHelper } from '../../src/integrations/preloadHelper.ts';

describe('withoutPreloadHelper', () => {
  test('replaces the helper import by a function that calls the import, keeping every call', () => {
    const code = 'import{t as e}from"./preload-helper.DygEbaNj.js";var n=1;e(()=>import(`./x.js`).then(m=>m.go(n)),[]);';
    const out = withoutPreloadHelper(code, 'preload-helper.DygEbaNj.js');
    expect(out).toBe('const e=f=>f();var n=1;e(()=>import(`./x.js`).then(m=>m.go(n)),[]);');
    expect(out).not.toContain('preload-helper');
  });

  test('an import without an alias keeps its own name', () => {
    expect(withoutPreloadHelper("import{t}from'./preload-helper.A-1.js';t(()=>import('./y.js'),[])", '_astro/preload-helper.A-1.js')).toBe(
      "const t=f=>f();t(()=>import('./y.js'),[])",
    );
  });

  test('the replacement behaves as the call did: it returns the promise of the import', async () => {
    const out = withoutPreloadHelper('import{t as e}from"./preload-helper.h.js";', 'preload-helper.h.js');
    const call = new Function(`${out} return e(() => Promise.resolve(42), []);`) as () => Promise<number>;
    await expect(call()).resolves.toBe(42);
  });

  test('an import in a form it does not know fails the build, naming the file to change', () => {
    expect(() => withoutPreloadHelper('import*as h from"./preload-helper.h.js";', 'preload-helper.h.js')).toThrow(/src\/integrations\/preloadHelper\.ts/);
  });
});
