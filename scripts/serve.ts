/**
 * `npm run preview`: serves the built site on http://127.0.0.1:4321 (under BASE_PATH, if set)
 * the way a static host would. Build first with `npm run build`.
 */
import { existsSync } from 'node:fs';
import { startStaticServer } from './lib/staticServer.ts';

const root = process.env.OUT_DIR ?? 'dist';
if (!existsSync(root)) {
  console.error(`No built site in ${root}/. Run "npm run build" first.`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const { url } = await startStaticServer({ root, base: process.env.BASE_PATH ?? '/', port });
console.log(`Across Borders is served at ${url} (Ctrl+C to stop)`);
