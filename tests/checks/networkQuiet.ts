/**
 * Waits for a page to go quiet on a condition, not a clock: no request in flight (Chromium's own network
 * events over CDP) across two consecutive idle periods of the page's main thread (its requestIdleCallback).
 * Work that a page defers to idle time, and the requests it starts, finish before this resolves.
 */
import type { Page } from 'playwright-core';

export interface NetworkWatch {
  /** Resolves once the page is quiet; throws if it never is within `maxRounds` idle periods. */
  settled(maxRounds?: number): Promise<void>;
  /** Requests started so far. */
  started(): number;
}

export async function watchNetwork(page: Page): Promise<NetworkWatch> {
  const cdp = await page.context().newCDPSession(page);
  const inFlight = new Set<string>();
  let started = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    started++;
    inFlight.add(e.requestId);
  });
  cdp.on('Network.loadingFinished', (e) => inFlight.delete(e.requestId));
  cdp.on('Network.loadingFailed', (e) => inFlight.delete(e.requestId));
  await cdp.send('Network.enable');

  const idle = () =>
    page.evaluate(
      () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })),
    );

  return {
    started: () => started,
    async settled(maxRounds = 200) {
      let quiet = 0;
      for (let round = 0; round < maxRounds; round++) {
        const before = started;
        await idle();
        quiet = inFlight.size === 0 && started === before ? quiet + 1 : 0;
        if (quiet >= 2) return;
      }
      throw new Error(`the page at ${page.url()} kept the network busy: ${inFlight.size} request(s) still in flight`);
    },
  };
}
