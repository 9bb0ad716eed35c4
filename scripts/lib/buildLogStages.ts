/**
 * Where an `astro build` spends its time, read from its log, for the benchmark's report (scripts/bench.ts).
 * Astro 7 logs each stage's duration: "Collecting build info… ✓ Completed in 7.40s" (config, content sync),
 * "[vite] ✓ built in 6.28s" (the bundles; a minute or more prints as "2m 30s"), "generating static routes … ✓ Completed in 17.05s" (rendering
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

/** A duration as Astro and Vite print it: "830ms", "12.34s", "2m 30s", "3m". */
const duration = String.raw`([\d.]+ms|\d+m(?: \d+s)?|[\d.]+s)`;

export function durationMs(text: string): number {
  const minutes = /^(\d+)m(?: (\d+)s)?$/.exec(text);
  if (minutes) return (Number(minutes[1]) * 60 + Number(minutes[2] ?? 0)) * 1000;
  return Math.round(text.endsWith('ms') ? Number(text.slice(0, -2)) : Number(text.slice(0, -1)) * 1000);
}

/** The stages of a build log; undefined when the log is not a complete Astro build log. */
export function buildStages(log: string): BuildStages | undefined {
  // eslint-disable-next-line no-control-regex
  const text = log.replace(/\x1b\[[0-9;]*m/g, '');
  const completed = [...text.matchAll(new RegExp(String.raw`\[build\] ✓ Completed in ${duration}\.`, 'g'))].map((m) => durationMs(m[1]!));
  const routesAt = text.indexOf('generating static routes');
  const routes = routesAt < 0 ? undefined : new RegExp(String.raw`(?<!\[build\] )✓ Completed in ${duration}\.`).exec(text.slice(routesAt));
  const total = new RegExp(String.raw`page\(s\) built in ${duration}`).exec(text);
  if (completed.length < 2 || !routes || !total) return undefined;
  const bundleMs = [...text.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${duration}`, 'g'))].reduce((sum, m) => sum + durationMs(m[1]!), 0);
  const routeTimes = [...text.matchAll(new RegExp(String.raw`[├└]─ (\/\S+) \(\+${duration}\)`, 'g'))].map((m) => ({ path: m[1]!, ms: durationMs(m[2]!) }));
  const allRoutes = routeTimes.reduce((s, r) => s + r.ms, 0);
  const cards = routeTimes.filter((r) => r.path.startsWith('/og/')).reduce((s, r) => s + r.ms, 0);
  const [infoMs, bundleAndRoutes] = [completed[0]!, completed[1]!];
  const totalMs = durationMs(total[1]!);
  return {
    infoMs,
    bundleMs,
    routesMs: durationMs(routes[1]!),
    afterMs: Math.max(0, totalMs - infoMs - bundleAndRoutes),
    totalMs,
    cardShare: allRoutes ? cards / allRoutes : 0,
  };
}
