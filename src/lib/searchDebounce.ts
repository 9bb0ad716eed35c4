/**
 * Debounce for search-as-you-type: run only after the learner pauses, and only the latest call.
 * Pure apart from the timer, which tests replace with fake timers.
 */

/** How long typing must pause before a search runs, in milliseconds. */
export const searchDelayMs = 150;

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Drops a pending call. */
  cancel(): void;
  /** Runs a pending call now (for Enter, so it does not wait for the pause). */
  flush(): void;
  readonly pending: boolean;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastArgs: A | undefined;
  const run = () => {
    const args = lastArgs;
    timer = undefined;
    lastArgs = undefined;
    if (args) fn(...args);
  };
  const debounced = (...args: A) => {
    lastArgs = args;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  debounced.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    lastArgs = undefined;
  };
  debounced.flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    run();
  };
  Object.defineProperty(debounced, 'pending', { get: () => timer !== undefined });
  return debounced as Debounced<A>;
}

/**
 * Hands out increasing tickets so only the newest search may render:
 * `const t = latest.next(); const r = await search(); if (!latest.isCurrent(t)) return;`
 */
export function latestOnly() {
  let current = 0;
  return {
    next: () => ++current,
    isCurrent: (ticket: number) => ticket === current,
  };
}
