/**
 * Vite wraps every lazy `import()` of the browser bundle in its module-preload helper (about 0.9 KB gzip),
 * a chunk that every page then loads with its one script. The course's lazy chunks (search, the quiz's
 * feedback) have no dependencies to preload, so the helper only calls the import: this plugin replaces its
 * import in each chunk by a one-line function that does just that, and drops the helper's chunk.
 */
import type { Plugin } from 'vite';

/** The helper's chunk, as Vite names it ("preload-helper.<hash>.js"). */
const helperName = /(^|\/)preload-helper\.[\w-]+\.js$/;

/**
 * `code` with its import of the helper chunk `helperFile` ("preload-helper.DygEbaNj.js", a sibling file)
 * replaced by a local function that calls the import it is given: `import{t as e}from"./preload-helper…js";`
 * becomes `const e=f=>f();`. Calls keep their shape, `e(()=>import(…),[])`, and lose only the preloading.
 * Throws when the chunk imports the helper in a form this does not know, rather than leave it half-done.
 */
export function withoutPreloadHelper(code: string, helperFile: string): string {
  const file = helperFile.split('/').pop()!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const statement = new RegExp(`import\\{\\s*([\\w$]+)(?:\\s+as\\s+([\\w$]+))?\\s*\\}from\\s*["']\\./${file}["'];?`);
  const match = code.match(statement);
  if (!match) throw new Error(`preloadHelper: a chunk imports ${helperFile} in an unknown form; update src/integrations/preloadHelper.ts`);
  const local = match[2] ?? match[1]!;
  return code.replace(statement, `const ${local}=f=>f();`);
}

export function inlinePreloadHelper(): Plugin {
  return {
    name: 'across-borders:inline-preload-helper',
    enforce: 'post',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      const helper = Object.keys(bundle).find((f) => helperName.test(f));
      if (!helper) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.fileName === helper || !chunk.imports.includes(helper)) continue;
        chunk.code = withoutPreloadHelper(chunk.code, helper);
        chunk.imports = chunk.imports.filter((f) => f !== helper);
      }
      delete bundle[helper];
    },
  };
}
