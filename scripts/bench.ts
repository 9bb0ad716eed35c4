/**
 * `npm run bench`: the performance benchmark (not part of `npm test`: times vary, bytes do not).
 * Every build happens in a temporary folder (os.tmpdir), each site a project of its own there
 * (scripts/lib/benchProject.ts); nothing is built inside the repository.
 *
 * 1. The course as it is: bytes on the wire per page type, and the cost of a first search in its own
 *    search dialog.
 * 2. The course compared with Astro Starlight (issue 17), at each size of `--sizes` (generated lessons
 *    added to the real ones, spread over the modules: scripts/lib/generatedCourse.ts). The Starlight site
 *    is built from the same lesson text (scripts/lib/starlightCorpus.ts). Builds run cold (output and
 *    caches deleted first) in `--runs` interleaved rounds: course, Starlight, course without social
 *    cards; each ratio is the median over rounds of course/Starlight within a round
 *    (scripts/lib/benchStats.ts). Peak memory is the largest VmHWM in the build's process tree
 *    (scripts/lib/peakRss.ts). The course also rebuilds after one lesson changes.
 *
 * Options: `--sizes 24,240,1000` (the default), `--runs 3` (the default), `--no-pages` (skip part 1).
 * Writes bench/results.json and bench/results.md.
 */
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { lessonFiles } from '../src/lib/lessonFiles.ts';
import { measurePage, type PageWeight } from '../tests/checks/pageWeight.ts';
import { builtPages } from '../tests/checks/siteFiles.ts';
import { launchBrowser } from '../tests/e2e/harness/browser.ts';
import { projectRoot } from '../tests/e2e/harness/buildSite.ts';
import { benchTempDir, buildProject, copyCourseProject, linkNodeModules, removeBuildOutput, type BuildRun } from './lib/benchProject.ts';
import { interleave, median, medianOfRatios } from './lib/benchStats.ts';
import { buildStages, type BuildStages } from './lib/buildLogStages.ts';
import { generateContent } from './lib/generatedCourse.ts';
import { lessonWordCounts, medianAndLongest } from './lib/lessonWords.ts';
import { startStaticServer } from './lib/staticServer.ts';
import { starlightUrlPath, writeStarlightSite } from './lib/starlightCorpus.ts';

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  return args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
}
const sizes = (option('--sizes') ?? '24,240,1000').split(',').filter(Boolean).map(Number);
const runs = Number(option('--runs') ?? 3);
const withPages = !process.argv.includes('--no-pages');
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
if (sizes.some((n) => !Number.isInteger(n) || n < 0) || !Number.isInteger(runs) || runs < 1) {
  throw new Error('Usage: npm run bench -- [--sizes 24,240,1000] [--runs 3] [--no-pages]');
}

const dialogQuery = 'commission';
/** The query of the first-search comparison: a word of many lessons, in both sites' indexes. */
const apiQuery = 'payment';
const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const versionOf = (pkg: string) => (JSON.parse(readFileSync(join(projectRoot, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

interface ApiSearchCost extends SearchCost {
  results: number;
  files: { path: string; bytes: number }[];
}

interface SearchCost {
  query: string;
  /** Bytes on the wire (headers plus encoded bodies), median of `runs`. */
  bytes: number;
  requests: number;
  ms: number;
}

/** Counts every request a page makes from now on (workers included), headers plus encoded body. */
function countRequests(page: Page): () => Promise<{ bytes: number; requests: number; files: { path: string; bytes: number }[] }> {
  const files: Promise<{ path: string; bytes: number }>[] = [];
  page.on('requestfinished', (r) => {
    files.push(r.sizes().then((z) => ({ path: new URL(r.url()).pathname, bytes: z.responseHeadersSize + z.responseBodySize })));
  });
  return async () => {
    const all = await Promise.all(files);
    return { bytes: all.reduce((a, b) => a + b.bytes, 0), requests: all.length, files: all };
  };
}

/** The course's own search dialog: from a click on the search button to the first results shown. */
async function measureDialogSearch(browser: Browser, siteUrl: string, query: string): Promise<SearchCost> {
  const samples: { bytes: number; requests: number; ms: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl, { waitUntil: 'networkidle' });
    const counted = countRequests(page);
    const start = await page.evaluate(() => performance.now());
    await page.click('[data-search-open]');
    const input = page.locator('dialog [data-search-input]');
    await input.waitFor();
    await input.fill(query);
    await page.locator('dialog [data-search-results] [role="option"]').first().waitFor();
    const end = await page.evaluate(() => performance.now());
    await page.waitForLoadState('networkidle');
    const { bytes, requests } = await counted();
    samples.push({ bytes, requests, ms: Math.round(end - start) });
    await context.close();
  }
  return { query, bytes: median(samples.map((s) => s.bytes)), requests: median(samples.map((s) => s.requests)), ms: median(samples.map((s) => s.ms)) };
}

/**
 * A first search through Pagefind's JS API, the same on any site: on the home page (after it settled,
 * with nothing of Pagefind loaded yet), import /pagefind/pagefind.js with its default options, search,
 * and load the data of the first five results. Bytes from the import to the last fragment.
 */
async function measureApiSearch(browser: Browser, siteUrl: string, query: string): Promise<ApiSearchCost> {
  const samples: { bytes: number; requests: number; ms: number; results: number; files: { path: string; bytes: number }[] }[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const before: string[] = [];
    page.on('request', (r) => before.push(r.url()));
    await page.goto(siteUrl, { waitUntil: 'networkidle' });
    if (before.some((u) => u.includes('/pagefind/'))) throw new Error(`${siteUrl} loads Pagefind before any search: the first-search bytes would miss those files`);
    const counted = countRequests(page);
    const found = await page.evaluate(async (q) => {
      const start = performance.now();
      const pagefind = await import(/* @vite-ignore */ new URL('pagefind/pagefind.js', document.baseURI).href);
      await pagefind.init();
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()));
      return { results: search.results.length as number, ms: Math.round(performance.now() - start) };
    }, query);
    await page.waitForLoadState('networkidle');
    samples.push({ ...(await counted()), ...found });
    await context.close();
  }
  return {
    query,
    bytes: median(samples.map((s) => s.bytes)),
    requests: median(samples.map((s) => s.requests)),
    ms: median(samples.map((s) => s.ms)),
    results: median(samples.map((s) => s.results)),
    // Where the bytes go (the files are the same in every sample: the index is static).
    files: samples[0]!.files,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mib = (n: number) => `${(n / 2 ** 20).toFixed(0)} MiB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ratio = (r: number) => `${r.toFixed(2)}×`;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

type Kind = 'course' | 'starlight' | 'courseNoCards';

interface Measured {
  date: string;
  command: string;
  loadBefore: string;
  loadAfter: string;
}

interface SizeResult {
  generated: number;
  /** When and by which command this size was measured, with the load average around it. */
  measured: Measured;
  pages: { course: number; starlight: number };
  rounds: { course: BuildRun; rebuild: BuildRun; starlight: BuildRun; courseNoCards: BuildRun }[];
  medianLesson: { key: string; course: PageWeight; starlight: PageWeight };
  firstSearch: { course: ApiSearchCost; starlight: ApiSearchCost };
}

function summarize(s: SizeResult) {
  const of = (k: Kind | 'rebuild') => s.rounds.map((r) => r[k]);
  const ms = (k: Kind | 'rebuild') => of(k).map((b) => b.ms);
  const peak = (k: Kind) => of(k).map((b) => b.peak.bytes);
  return {
    generated: s.generated,
    coldBuild: medianOfRatios(ms('course'), ms('starlight')),
    coldBuildNoCards: medianOfRatios(ms('courseNoCards'), ms('starlight')),
    peakMemory: medianOfRatios(peak('course'), peak('starlight')),
    peakMemoryNoCards: medianOfRatios(peak('courseNoCards'), peak('starlight')),
    rebuildOfCold: medianOfRatios(ms('rebuild'), ms('course')),
    medianLessonBytes: s.medianLesson.course.total / s.medianLesson.starlight.total,
    firstSearchBytes: s.firstSearch.course.bytes / s.firstSearch.starlight.bytes,
    stages: Object.fromEntries(
      (['course', 'courseNoCards', 'starlight'] as const).map((k) => {
        const all = of(k).map((b) => buildStages(b.log)).filter((x): x is BuildStages => x !== undefined);
        const keys = ['infoMs', 'bundleMs', 'routesMs', 'afterMs', 'totalMs', 'cardShare'] as const;
        return [k, all.length ? Object.fromEntries(keys.map((key) => [key, median(all.map((x) => x[key]))])) : undefined];
      }),
    ) as Record<Kind, BuildStages | undefined>,
    medians: {
      courseMs: median(ms('course')),
      courseNoCardsMs: median(ms('courseNoCards')),
      starlightMs: median(ms('starlight')),
      rebuildMs: median(ms('rebuild')),
      coursePeak: median(peak('course')),
      courseNoCardsPeak: median(peak('courseNoCards')),
      starlightPeak: median(peak('starlight')),
      coursePeakProcess: of('course')[0]!.peak.comm,
      starlightPeakProcess: of('starlight')[0]!.peak.comm,
    },
  };
}

/** Issue 17's targets, checked at the largest size measured. */
const targets: { name: string; key: 'coldBuild' | 'coldBuildNoCards' | 'peakMemory' | 'rebuildOfCold' | 'firstSearchBytes'; max: number }[] = [
  { name: 'cold build, course/Starlight', key: 'coldBuild', max: 1.5 },
  { name: 'cold build without cards, course/Starlight', key: 'coldBuildNoCards', max: 1.1 },
  { name: 'peak memory, course/Starlight', key: 'peakMemory', max: 1.25 },
  { name: 'rebuild after one lesson changed / cold build (course)', key: 'rebuildOfCold', max: 0.6 },
  { name: 'first search bytes, course/Starlight', key: 'firstSearchBytes', max: 1.0 },
];

async function measureCourseAsIs(browser: Browser, results: Record<string, unknown>) {
  const dir = copyCourseProject(projectRoot, join(benchTempDir('ab-bench-course-'), 'course'), join(projectRoot, 'content'), { socialCards: true });
  try {
    const build = await buildProject(dir, astroBin);
    const dist = join(dir, 'dist');
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
      ['search page (?q=)', `/search/?q=${dialogQuery}`],
    ];
    const pages: { name: string; path: string; requests: number; total: number; js: number; byType: Record<string, number> }[] = [];
    for (const [name, path] of pageTypes) {
      const w = await measurePage(browser, server.url + path.slice(1));
      pages.push({ name, path, requests: w.requests, total: w.total, js: w.byType['script'] ?? 0, byType: w.byType });
    }
    const search = await measureDialogSearch(browser, server.url, dialogQuery);
    await server.close();
    results.site = { buildMs: build.ms, pageCount: builtPages(dist).length };
    results.pagesMeasured = { date: new Date().toISOString(), command };
    results.pages = pages;
    results.search = search;
  } finally {
    rmSync(join(dir, '..'), { recursive: true, force: true });
  }
}

async function compareAtSize(browser: Browser, generated: number): Promise<SizeResult> {
  const measured = { date: new Date().toISOString(), command, loadBefore: load(), loadAfter: '' };
  const root = benchTempDir(`ab-bench-${generated}-`);
  try {
    const content = generateContent(join(projectRoot, 'content'), join(root, 'content'), generated);
    const dirs: Record<Kind, string> = {
      course: copyCourseProject(projectRoot, join(root, 'course'), content, { socialCards: true }),
      courseNoCards: copyCourseProject(projectRoot, join(root, 'course-no-cards'), content, { socialCards: false }),
      starlight: join(root, 'starlight'),
    };
    const corpus = writeStarlightSite(content, dirs.starlight, {
      favicon: join(projectRoot, 'public/favicon.svg'),
      starlightVersion: versionOf('@astrojs/starlight'),
      astroVersion: versionOf('astro'),
    });
    linkNodeModules(join(projectRoot, 'node_modules'), dirs.starlight);

    // The rebuild changes one sentence of a real lesson (not the median one, whose page is measured).
    const { median: medianLesson } = medianAndLongest(lessonWordCounts(content));
    const changed = lessonFiles(join(dirs.course, 'content')).find((l) => l.folder === 'lessons' && l.key !== medianLesson.id)!;
    const original = readFileSync(changed.file, 'utf8');

    const rounds: Partial<SizeResult['rounds'][number]>[] = Array.from({ length: runs }, () => ({}));
    for (const { round, kind } of interleave<Kind>(['course', 'starlight', 'courseNoCards'], runs)) {
      removeBuildOutput(dirs[kind]);
      const cold = await buildProject(dirs[kind], astroBin);
      rounds[round]![kind] = cold;
      let line = `size ${generated}, round ${round + 1}: ${kind} ${sec(cold.ms)}, peak ${mib(cold.peak.bytes)} (${cold.peak.comm})`;
      if (kind === 'course') {
        writeFileSync(changed.file, `${original.trimEnd()}\n\nThis sentence was changed for the benchmark's rebuild, round ${round + 1}.\n`);
        const rebuild = await buildProject(dirs.course, astroBin);
        writeFileSync(changed.file, original);
        rounds[round]!.rebuild = rebuild;
        line += `; rebuild ${sec(rebuild.ms)}`;
      }
      console.log(`${line}; load ${load()}`);
    }

    // The last builds of each site are still in place: measure them as a visitor would.
    const courseServer = await startStaticServer({ root: join(dirs.course, 'dist') });
    const starlightServer = await startStaticServer({ root: join(dirs.starlight, 'dist') });
    const starlightLesson = corpus.find((l) => l.key === medianLesson.id)!;
    const medianWeights = {
      key: medianLesson.id,
      course: await measurePage(browser, courseServer.url + medianLesson.path.slice(1)),
      starlight: await measurePage(browser, starlightServer.url + starlightUrlPath(starlightLesson).slice(1)),
    };
    const firstSearch = {
      course: await measureApiSearch(browser, courseServer.url, apiQuery),
      starlight: await measureApiSearch(browser, starlightServer.url, apiQuery),
    };
    await courseServer.close();
    await starlightServer.close();
    measured.loadAfter = load();
    // Entries are not kept in the JSON: a page's request list is long.
    const strip = (w: PageWeight) => ({ ...w, entries: [] });
    return {
      generated,
      measured,
      pages: { course: builtPages(join(dirs.course, 'dist')).length, starlight: builtPages(join(dirs.starlight, 'dist')).length },
      rounds: rounds as SizeResult['rounds'],
      medianLesson: { key: medianWeights.key, course: strip(medianWeights.course), starlight: strip(medianWeights.starlight) },
      firstSearch,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main() {
  const machine = { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadBefore: load(), loadAfter: '' };
  const results: Record<string, unknown> = { date: new Date().toISOString(), command, machine, runs };
  const browser = await launchBrowser();
  try {
    if (withPages) await measureCourseAsIs(browser, results);
    const comparison: SizeResult[] = [];
    for (const n of sizes) comparison.push(await compareAtSize(browser, n));
    // Rounds keep each build's time, peak and stages (scripts/lib/buildLogStages.ts), not its log.
    results.comparison = comparison.map((s) => ({
      ...s,
      summary: summarize(s),
      rounds: s.rounds.map((r) => Object.fromEntries(Object.entries(r).map(([k, b]) => [k, { ms: b.ms, peak: b.peak, stages: buildStages(b.log) }]))),
    }));
  } finally {
    await browser.close();
  }
  machine.loadAfter = load();
  keepEarlierFigures(results);
  mkdirSync(join(projectRoot, 'bench'), { recursive: true });
  writeFileSync(join(projectRoot, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const lines = report(results);
  writeFileSync(join(projectRoot, 'bench/results.md'), `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
}

/**
 * Sizes this run did not measure keep their figures from bench/results.json (each row says when and by
 * which command it was measured), and so does part 1 under `--no-pages`: a long run at 1,000 lessons and
 * a short one at 24 can be recorded in one file.
 */
function keepEarlierFigures(results: Record<string, unknown>) {
  let previous: Record<string, unknown>;
  try {
    previous = JSON.parse(readFileSync(join(projectRoot, 'bench/results.json'), 'utf8'));
  } catch {
    return;
  }
  const rows = (results.comparison as SizeResult[] | undefined) ?? [];
  // A row written before rows said when they were measured was measured by the file's command.
  const machine = previous.machine as { loadBefore?: string; loadAfter?: string } | undefined;
  const fileMeasured = { date: String(previous.date), command: String(previous.command), loadBefore: machine?.loadBefore ?? '', loadAfter: machine?.loadAfter ?? '' };
  const earlier = ((previous.comparison as SizeResult[] | undefined) ?? [])
    .filter((r) => !rows.some((n) => n.generated === r.generated))
    .map((r) => ({ ...r, measured: r.measured ?? fileMeasured }));
  results.comparison = [...rows, ...earlier].sort((a, b) => a.generated - b.generated);
  if (!withPages && previous.site) {
    for (const key of ['site', 'pages', 'search']) results[key] = previous[key];
    results.pagesMeasured = previous.pagesMeasured ?? { date: fileMeasured.date, command: fileMeasured.command };
  }
}

function report(results: Record<string, unknown>): string[] {
  const machine = results.machine as { cores: number; memoryGiB: number; node: string; loadBefore: string; loadAfter: string };
  const maxLoad = Math.max(...`${machine.loadBefore} ${machine.loadAfter}`.split(' ').map(Number));
  const lines = [
    '# Benchmark results',
    '',
    `Made by \`${results.command as string}\` on ${results.date as string}: ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, Starlight ${versionOf('@astrojs/starlight')}, Astro ${versionOf('astro')}, Pagefind ${versionOf('pagefind')}.`,
    `Load average (1, 5, 15 min) before: ${machine.loadBefore}; after: ${machine.loadAfter}.`,
  ];
  if (maxLoad > 1) lines.push('', `**This machine was shared (load average above 1): absolute times are slower than on a quiet machine; the ratios within interleaved rounds are what count.**`);
  lines.push(
    '',
    'Bytes are on the wire (headers plus gzip level 6 bodies), first visit, fresh profile, 1280x800.',
    'Times vary from run to run; byte budgets are enforced by `tests/e2e/budget.test.ts`, not here.',
  );
  const comparison = (results.comparison as (SizeResult & { summary: ReturnType<typeof summarize> })[] | undefined) ?? [];
  if (comparison.length) {
    const runs = results.runs as number;
    lines.push(
      '',
      '## The course compared with Starlight',
      '',
      `Both sites built from the same lesson text (the Starlight docs are the lessons' MDX bodies, \`<Fact>\` replaced by its value), cold (output and caches deleted before each build), in ${runs} interleaved rounds (course, Starlight, course without social cards). Each ratio is course/Starlight, the median over rounds of the ratio within a round; "rebuild" is the course's rebuild after one lesson changed, over its own cold build. Peak memory: the largest process of the build's tree, its VmHWM from /proc polled every 100 ms. First search: "${apiQuery}" through Pagefind's JS API (import pagefind.js, search, load the first five results), bytes counted.`,
      '',
      '| Generated lessons | Cold build | Without cards | Peak memory | Rebuild / cold | Median lesson bytes | First search bytes |',
      '|---:|---:|---:|---:|---:|---:|---:|',
      ...comparison.map(({ summary: s }) => `| ${s.generated} | ${ratio(s.coldBuild)} | ${ratio(s.coldBuildNoCards)} | ${ratio(s.peakMemory)} | ${ratio(s.rebuildOfCold)} | ${ratio(s.medianLessonBytes)} | ${ratio(s.firstSearchBytes)} |`),
      '',
      'Medians of the rounds:',
      '',
      '| Generated lessons | Pages (course / Starlight) | Course cold | Without cards | Starlight cold | Course rebuild | Peak memory (course / without cards / Starlight) | Median lesson (course / Starlight) | First search (course / Starlight) |',
      '|---:|---|---:|---:|---:|---:|---|---|---|',
      ...comparison.map(({ summary: s, pages, medianLesson, firstSearch }) =>
        `| ${s.generated} | ${pages.course} / ${pages.starlight} | ${sec(s.medians.courseMs)} | ${sec(s.medians.courseNoCardsMs)} | ${sec(s.medians.starlightMs)} | ${sec(s.medians.rebuildMs)} | ${mib(s.medians.coursePeak)} / ${mib(s.medians.courseNoCardsPeak)} / ${mib(s.medians.starlightPeak)} | ${kb(medianLesson.course.total)} / ${kb(medianLesson.starlight.total)} (${medianLesson.key}) | ${kb(firstSearch.course.bytes)} in ${firstSearch.course.requests} / ${kb(firstSearch.starlight.bytes)} in ${firstSearch.starlight.requests} requests |`,
      ),
    );
    const staged = comparison.filter(({ summary: s }) => s.stages?.course && s.stages.starlight);
    if (staged.length) {
      const names: Record<Kind, string> = { course: 'course', courseNoCards: 'course without cards', starlight: 'Starlight' };
      lines.push(
        '',
        'Where the time goes, from Astro\'s build log (medians of the rounds): build info (config, content sync), bundles (Vite), rendering the routes, after the routes (Pagefind, sitemap), Astro\'s total; process wall time; the social cards\' share of the routes\' summed render times.',
        '',
        '| Generated lessons | Build | Build info | Bundles | Routes | After routes | Astro total | Wall | Cards\' share of routes |',
        '|---:|---|---:|---:|---:|---:|---:|---:|---:|',
        ...staged.flatMap(({ summary: s }) =>
          (['course', 'courseNoCards', 'starlight'] as const).flatMap((k) => {
            const st = s.stages[k];
            const wall = { course: s.medians.courseMs, courseNoCards: s.medians.courseNoCardsMs, starlight: s.medians.starlightMs }[k];
            return st ? [`| ${s.generated} | ${names[k]} | ${sec(st.infoMs)} | ${sec(st.bundleMs)} | ${sec(st.routesMs)} | ${sec(st.afterMs)} | ${sec(st.totalMs)} | ${sec(wall)} | ${k === 'course' ? `${Math.round(st.cardShare * 100)}%` : ''} |`] : [];
          }),
        ),
      );
    }
    lines.push(
      '',
      'Measured:',
      '',
      ...comparison.map(({ generated, measured: m }) => `- ${generated} generated lessons: \`${m.command}\`, ${m.date}; load average before ${m.loadBefore}, after ${m.loadAfter}${Math.max(...`${m.loadBefore} ${m.loadAfter}`.split(' ').map(Number)) > 1 ? ' (shared machine)' : ''}.`),
    );
    const largest = comparison[comparison.length - 1]!.summary;
    lines.push(
      '',
      `Issue 17's targets (at 1,000 generated lessons), checked at ${largest.generated}:`,
      '',
      ...targets.map((t) => `- ${t.name}: ${ratio(largest[t.key])} (target ≤ ${t.max}×) ${largest[t.key] <= t.max ? 'met' : '**not met**'}`),
    );
  }
  const site = results.site as { buildMs: number; pageCount: number } | undefined;
  const pages = (results.pages as { name: string; path: string; requests: number; total: number; js: number; byType: Record<string, number> }[] | undefined) ?? [];
  if (site) {
    const search = results.search as SearchCost;
    lines.push(
      '',
      '## The course as it is',
      '',
      `Measured by \`${(results.pagesMeasured as { command: string }).command}\` on ${(results.pagesMeasured as { date: string }).date}. Build: ${sec(site.buildMs)} for ${site.pageCount} pages.`,
      '',
      '| Page type | Path | Requests | Total | JavaScript | HTML | CSS | Other |',
      '|---|---|---:|---:|---:|---:|---:|---:|',
      ...pages.map((p) => {
        const other = p.total - p.js - (p.byType['document'] ?? 0) - (p.byType['stylesheet'] ?? 0);
        return `| ${p.name} | \`${p.path}\` | ${p.requests} | ${kb(p.total)} | ${kb(p.js)} | ${kb(p.byType['document'] ?? 0)} | ${kb(p.byType['stylesheet'] ?? 0)} | ${kb(other)} |`;
      }),
      '',
      `Search, from a click on the search button to the first results for "${search.query}" (median of ${results.runs as number}): ${kb(search.bytes)} in ${search.requests} requests, ${search.ms} ms.`,
    );
  }
  return lines;
}

await main();
