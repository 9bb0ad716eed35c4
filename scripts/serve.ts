/**
 * `npm run preview`: serves the built site on http://127.0.0.1:4321 (PORT chooses another port; under
 * BASE_PATH, if set) the way a static host would. Build first with `npm run build`.
 */
import { existsSync } from 'node:fs';
import { startStaticServer } from './lib/staticServer.ts';

const root = process.env.OUT_DIR ?? 'dist';
if (!existsSync(root)) {
  console.error(`No built site in ${root}/. Run "npm run build" first.`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
// A busy port is an everyday event (another server, another Astro project): say so in one line.
process.on('uncaughtException', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(`Port ${port} is in use. Stop what runs there, or choose another port: PORT=${port + 1} npm start`);
  process.exit(1);
});
const { url } = await startStaticServer({ root, base: process.env.BASE_PATH ?? '/', port });
console.log(`Across Borders is served at ${url} (Ctrl+C to stop)`);
