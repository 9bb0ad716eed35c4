/**
 * Waits for a page to go quiet on a condition, not a clock: no request in flight (as Playwright sees them,
 * the page's workers included) across two consecutive idle periods of the page's main thread (its
 * requestIdleCallback). Work that a page defers to idle time, and the requests it starts, finish first.
 */
import type { Page, Request } from 'playwright-core';

export interface NetworkWatch {
  /** Resolves once the page is quiet; throws if it never is within `maxRounds` idle periods. */
  settled(maxRounds?: number): Promise<void>;
  /** Requests started so far. */
  started(): number;
}

export function watchNetwork(page: Page): NetworkWatch {
  const inFlight = new Set<Request>();
  let started = 0;
  page.on('request', (r) => {
    started++;
    inFlight.add(r);
  });
  page.on('requestfinished', (r) => inFlight.delete(r));
  page.on('requestfailed', (r) => inFlight.delete(r));

  const idle = () =>
    page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));

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
      const pending = [...inFlight].map((r) => r.url()).join(', ');
      throw new Error(`the page at ${page.url()} kept the network busy; in flight: ${pending}`);
    },
  };
}
