/**
 * /compare.csv: the platform comparison as CSV, written at build time from the same rows as the page.
 * A byte-order mark lets spreadsheet programs read the UTF-8 (Chinese names, €, US$) correctly.
 */
import type { APIRoute } from 'astro';
import { csvRows, toCsv } from '../lib/comparison';
import { getComparison } from '../lib/comparisonData';
import { defaultSiteUrl } from '../lib/site';
import { strings } from '../lib/strings';
import { absoluteUrl } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const { rows } = await getComparison();
  const table = csvRows(rows, (path) => absoluteUrl(site ?? defaultSiteUrl, path), strings.compare.notIdentified.toLowerCase());
  return new Response(`\uFEFF${toCsv(table)}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
