/**
 * `npm run preview`: serves the built site on http://127.0.0.1:4321 (or PORT; under BASE_PATH, if set)
 * the way a static host would, with the build's own `_headers` applied as Netlify and Cloudflare Pages
 * apply them. Build first with `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeaderRules } from '../src/integrations/securityHeaders.ts';
import { startStaticServer } from './lib/staticServer.ts';

const root = process.env.OUT_DIR ?? 'dist';
if (!existsSync(root)) {
  console.error(`No built site in ${root}/. Run "npm run build" first.`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const headersPath = join(root, '_headers');
const headerRules = existsSync(headersPath) ? parseHeaderRules(readFileSync(headersPath, 'utf8')) : [];
try {
  const { url } = await startStaticServer({ root, base: process.env.BASE_PATH ?? '/', port, headerRules });
  console.log(`Across Borders is served at ${url} (Ctrl+C to stop)`);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  console.error(`Port ${port} is already in use. Set PORT to use another one, for example: PORT=${port + 1} npm start`);
  process.exit(1);
}
