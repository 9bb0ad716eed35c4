/**
 * Bytes on the wire for a page's first visit, measured the way docs/design.md ("Byte budgets") defines it:
 * Chromium's Network.loadingFinished encodedDataLength (headers plus gzip bodies as sent), summed over every
 * request from navigation until the network is quiet (networkQuiet.ts), fresh profile, 1280x800, no interaction.
 */
import type { Browser } from 'playwright-core';
import { watchNetwork } from './networkQuiet.ts';

export interface PageWeight {
  url: string;
  requests: number;
  total: number;
  /** Bytes by kind: document, script, stylesheet, image, font, fetch, other. */
  byType: Record<string, number>;
  /** Every response, for reports. */
  entries: { url: string; type: string; bytes: number }[];
}

export async function measurePage(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = new Map<string, { url: string; type: string }>();
  const entries: PageWeight['entries'] = [];
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, type: (e.type ?? 'Other').toLowerCase() }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) entries.push({ url: r.url, type: r.type, bytes: e.encodedDataLength });
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const network = watchNetwork(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  // Late requests (a favicon, work deferred to idle time) still count: wait until none is in flight.
  await network.settled();
  await context.close();
  const byType: Record<string, number> = {};
  for (const e of entries) byType[e.type] = (byType[e.type] ?? 0) + e.bytes;
  return { url, requests: entries.length, total: entries.reduce((s, e) => s + e.bytes, 0), byType, entries };
}
