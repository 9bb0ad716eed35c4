/**
 * Where an `astro build` spends its time, read from its log, for the benchmark's report (scripts/bench.ts).
 * Astro 7 logs each stage's duration: "Collecting build info… ✓ Completed in 7.40s" (config, content sync),
 * "[vite] ✓ built in 6.28s" (the bundles), "generating static routes … ✓ Completed in 17.05s" (rendering
 * pages and endpoints, with "+12ms" after each route), then "[build] ✓ Completed in 24.02s" (bundles and
 * routes) and "N page(s) built in 33.47s" (all of it, the integrations' build:done hooks included: Pagefind,
 * the sitemap).
 */

export interface BuildStages {
  /** Collecting build info: config, integrations' setup, content sync. */
  infoMs: number;
  /** Vite's bundles, summed. */
  bundleMs: number;
  /** Rendering every route. */
  routesMs: number;
  /** After the routes: the integrations' build:done hooks (Pagefind, sitemap, headers). */
  afterMs: number;
  /** Astro's own total ("page(s) built in"). */
  totalMs: number;
  /** Share of the routes' summed render times spent in routes under `/og/` (social cards). */
  cardShare: number;
}

const ms = (value: string, unit: string) => Math.round(Number(value) * (unit === 's' ? 1000 : 1));

/** The stages of a build log; undefined when the log is not a complete Astro build log. */
export function buildStages(log: string): BuildStages | undefined {
  // eslint-disable-next-line no-control-regex
  const text = log.replace(/\x1b\[[0-9;]*m/g, '');
  const completed = [...text.matchAll(/\[build\] ✓ Completed in ([\d.]+)(ms|s)\./g)].map((m) => ms(m[1]!, m[2]!));
  const routesAt = text.indexOf('generating static routes');
  const routes = routesAt < 0 ? undefined : /(?<!\[build\] )✓ Completed in ([\d.]+)(ms|s)\./.exec(text.slice(routesAt));
  const total = /page\(s\) built in ([\d.]+)(ms|s)/.exec(text);
  if (completed.length < 2 || !routes || !total) return undefined;
  const bundleMs = [...text.matchAll(/\[vite\] ✓ built in ([\d.]+)(ms|s)/g)].reduce((sum, m) => sum + ms(m[1]!, m[2]!), 0);
  const routeTimes = [...text.matchAll(/[├└]─ (\/\S+) \(\+([\d.]+)(ms|s)\)/g)].map((m) => ({ path: m[1]!, ms: ms(m[2]!, m[3]!) }));
  const allRoutes = routeTimes.reduce((s, r) => s + r.ms, 0);
  const cards = routeTimes.filter((r) => r.path.startsWith('/og/')).reduce((s, r) => s + r.ms, 0);
  const [infoMs, bundleAndRoutes] = [completed[0]!, completed[1]!];
  const totalMs = ms(total[1]!, total[2]!);
  return {
    infoMs,
    bundleMs,
    routesMs: ms(routes[1]!, routes[2]!),
    afterMs: Math.max(0, totalMs - infoMs - bundleAndRoutes),
    totalMs,
    cardShare: allRoutes ? cards / allRoutes : 0,
  };
}
