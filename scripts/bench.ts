/**
 * `npm run bench`: the performance benchmark (not part of `npm test`: times vary, bytes do not).
 * Builds the site into dist/, serves it like a static host, and measures in Chromium, per page type,
 * bytes on the wire (gzip) by type, requests and JavaScript bytes; then the bytes and milliseconds from
 * opening search to the first results; and the build time and page count.
 * `--pages 100,1000` also builds the course with that many generated lessons added (in a temporary
 * folder, never committed; spread over the modules, at most 25 a module: scripts/lib/generatedCourse.ts)
 * to see how build time, index size and first-search cost grow.
 * Writes bench/results.json and bench/results.md.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { measurePage, type PageWeight } from '../tests/checks/pageWeight.ts';
import { builtPages } from '../tests/checks/siteFiles.ts';
import { launchBrowser } from '../tests/e2e/harness/browser.ts';
import { buildSite, projectRoot, tempDir } from '../tests/e2e/harness/buildSite.ts';
import { generateContent } from './lib/generatedCourse.ts';
import { lessonWordCounts, medianAndLongest } from './lib/lessonWords.ts';
import { startStaticServer } from './lib/staticServer.ts';

const args = process.argv.slice(2);
const pagesArg = args.includes('--pages') ? args[args.indexOf('--pages') + 1] ?? '' : '';
const scales = pagesArg.split(',').filter(Boolean).map(Number);
const searchQuery = 'commission';
const runs = 3;

interface SearchCost {
  query: string;
  /** Bytes on the wire from opening search to the first results, median of runs. */
  bytes: number;
  requests: number;
  /** Milliseconds from the click on the search button to the first results shown, median of runs. */
  ms: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const sub = folderBytes(p);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += statSync(p).size;
      files++;
    }
  }
  return { bytes, files };
}

function timedBuild(outDir: string, contentDir?: string): number {
  const start = performance.now();
  buildSite({ outDir, ...(contentDir ? { contentDir } : {}) });
  return Math.round(performance.now() - start);
}

/** Opens search from the home page, types a query, and measures until the first results show. */
async function measureSearch(browser: Browser, siteUrl: string, query: string): Promise<SearchCost> {
  const samples: { bytes: number; requests: number; ms: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl, { waitUntil: 'networkidle' });
    // Pagefind fetches its index from a Web Worker, which the page's CDP session does not see;
    // Playwright attributes worker requests to the page, with the same on-the-wire sizes.
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (r) => sizes.push(r.sizes().then((z) => z.responseHeadersSize + z.responseBodySize)));
    const start = await page.evaluate(() => performance.now());
    await page.click('[data-search-open]');
    const input = page.locator('dialog [data-search-input]');
    await input.waitFor();
    await input.fill(query);
    await page.locator('dialog [data-search-results] [role="option"]').first().waitFor();
    const end = await page.evaluate(() => performance.now());
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(sizes);
    samples.push({ bytes: all.reduce((a, b) => a + b, 0), requests: all.length, ms: Math.round(end - start) });
    await context.close();
  }
  return {
    query,
    bytes: median(samples.map((s) => s.bytes)),
    requests: median(samples.map((s) => s.requests)),
    ms: median(samples.map((s) => s.ms)),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  const browser = await launchBrowser();
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  };

  // 1. The real course, built into dist/.
  const dist = join(projectRoot, 'dist');
  rmSync(dist, { recursive: true, force: true });
  const buildMs = timedBuild(dist);
  const pageCount = builtPages(dist).length;
  const server = await startStaticServer({ root: dist });
  const { median: medianLesson, longest } = medianAndLongest(lessonWordCounts(join(projectRoot, 'content')));
  const pageTypes: [string, string][] = [
    ['home', '/'],
    ['module', '/modules/b2b-platforms/'],
    [`lesson (median: ${medianLesson.id}, ${medianLesson.words} words)`, medianLesson.path],
    [`lesson (longest: ${longest.id}, ${longest.words} words)`, longest.path],
    ['comparison', '/compare/'],
    ['decision guide', '/guide/'],
    ['glossary', '/glossary/'],
    ['search page (?q=)', `/search/?q=${searchQuery}`],
  ];
  const pages: (PageWeight & { name: string; js: number })[] = [];
  for (const [name, path] of pageTypes) {
    const w = await measurePage(browser, server.url + path.slice(1));
    pages.push({ ...w, name, js: w.byType['script'] ?? 0 });
  }
  const search = await measureSearch(browser, server.url, searchQuery);
  await server.close();
  results.site = { buildMs, pageCount, index: folderBytes(join(dist, 'pagefind')) };
  results.pages = pages.map(({ name, url, requests, total, js, byType }) => ({ name, path: new URL(url).pathname + new URL(url).search, requests, total, js, byType }));
  results.search = search;

  // 2. Growth with generated lessons.
  const scale: Record<string, unknown>[] = [];
  for (const n of scales) {
    const content = generateContent(join(projectRoot, 'content'), join(tempDir('ab-bench-content-'), 'content'), n);
    const out = join(tempDir('ab-bench-dist-'), 'dist');
    const ms = timedBuild(out, content);
    const s = await startStaticServer({ root: out });
    const cost = await measureSearch(browser, s.url, searchQuery);
    await s.close();
    scale.push({ generated: n, pages: builtPages(out).length, buildMs: ms, index: folderBytes(join(out, 'pagefind')), search: cost });
    rmSync(join(content, '..'), { recursive: true, force: true });
    rmSync(join(out, '..'), { recursive: true, force: true });
  }
  if (scale.length) results.scale = scale;
  await browser.close();

  // 3. Reports.
  mkdirSync(join(projectRoot, 'bench'), { recursive: true });
  const jsonPath = join(projectRoot, 'bench/results.json');
  let previous: Record<string, unknown> = {};
  try {
    previous = JSON.parse(readFileSync(jsonPath, 'utf8'));
  } catch {}
  // A run without --pages keeps the last growth figures, so both can be recorded in one file.
  if (!scale.length && previous.scale) results.scale = previous.scale;
  writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);

  const site = results.site as { buildMs: number; pageCount: number; index: { bytes: number; files: number } };
  const lines = [
    '# Benchmark results',
    '',
    `Run ${results.date} on ${results.machine}, with \`npm run bench${pagesArg ? ` -- --pages ${pagesArg}` : ''}\`.`,
    'Bytes are on the wire (Chromium `encodedDataLength`: headers plus gzip level 6 bodies), first visit, fresh profile, 1280x800.',
    'Times vary from run to run; byte budgets are enforced by `tests/e2e/budget.test.ts`, not here.',
    '',
    `Build: ${(site.buildMs / 1000).toFixed(1)} s for ${site.pageCount} pages; search index ${kb(site.index.bytes)} in ${site.index.files} files.`,
    '',
    '| Page type | Path | Requests | Total | JavaScript | HTML | CSS | Other |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...pages.map((p) => {
      const path = new URL(p.url).pathname + new URL(p.url).search;
      const other = p.total - p.js - (p.byType['document'] ?? 0) - (p.byType['stylesheet'] ?? 0);
      return `| ${p.name} | \`${path}\` | ${p.requests} | ${kb(p.total)} | ${kb(p.js)} | ${kb(p.byType['document'] ?? 0)} | ${kb(p.byType['stylesheet'] ?? 0)} | ${kb(other)} |`;
    }),
    '',
    `Search, from a click on the search button to the first results for "${search.query}" (median of ${runs}): ${kb(search.bytes)} in ${search.requests} requests, ${search.ms} ms.`,
  ];
  const scaleRows = (results.scale as { generated: number; pages: number; buildMs: number; index: { bytes: number; files: number }; search: SearchCost }[] | undefined) ?? [];
  if (scaleRows.length) {
    lines.push(
      '',
      '## Growth with generated lessons',
      '',
      '| Generated lessons | Pages | Build | Index size | Index files | First search bytes | First search time |',
      '|---:|---:|---:|---:|---:|---:|---:|',
      ...scaleRows.map((r) => `| ${r.generated} | ${r.pages} | ${(r.buildMs / 1000).toFixed(1)} s | ${kb(r.index.bytes)} | ${r.index.files} | ${kb(r.search.bytes)} | ${r.search.ms} ms |`),
    );
  }
  writeFileSync(join(projectRoot, 'bench/results.md'), `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
}

await main();
