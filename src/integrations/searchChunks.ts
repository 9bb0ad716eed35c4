import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * The search interface's lazy modules, each reachable from the page script through a placeholder
 * that this plugin turns into the module's URL: the hashed chunk in a build, the source in dev.
 * The page script then loads it with a <script type="module"> element instead of `import()`,
 * because Vite wraps every `import()` in its preload helper, 0.9 KB gzipped on every page.
 */
export const searchChunks = {
  __SEARCH_DIALOG_URL__: '../scripts/search/dialog.ts',
  __SEARCH_HIGHLIGHT_URL__: '../scripts/search/highlight.ts',
} as const;

export function searchChunksPlugin(): Plugin {
  const files = Object.entries(searchChunks).map(([placeholder, path]) => ({
    placeholder,
    file: fileURLToPath(new URL(path, import.meta.url)),
    ref: '',
  }));
  let command: 'build' | 'serve' = 'build';
  let base = '/';
  let root = process.cwd();
  return {
    name: 'across-borders:search-chunks',
    configResolved(config) {
      command = config.command;
      base = config.base;
      root = config.root;
    },
    buildStart() {
      if (command !== 'build' || this.environment?.name !== 'client') return;
      for (const f of files) f.ref = this.emitFile({ type: 'chunk', id: f.file, preserveSignature: 'exports-only' });
    },
    transform(code) {
      if (!files.some((f) => code.includes(f.placeholder))) return null;
      if (command === 'build' && this.environment?.name !== 'client') return null;
      let out = code;
      for (const f of files) {
        const url =
          command === 'build'
            ? `import.meta.ROLLUP_FILE_URL_${f.ref}`
            : JSON.stringify(base + relative(root, f.file).split('\\').join('/'));
        out = out.replaceAll(f.placeholder, url);
      }
      return { code: out, map: null };
    },
  };
}
