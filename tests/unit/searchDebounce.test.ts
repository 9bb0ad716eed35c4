import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { debounce, latestOnly } from '../../src/lib/searchDebounce';

describe('debounce', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('runs once, with the latest arguments, after the pause', () => {
    const fn = vi.fn();
    const typed = debounce(fn, 150);
    typed('f');
    vi.advanceTimersByTime(100);
    typed('fb');
    vi.advanceTimersByTime(100);
    typed('fba');
    expect(fn).not.toHaveBeenCalled();
    expect(typed.pending).toBe(true);
    vi.advanceTimersByTime(150);
    expect(fn).toHaveBeenCalledExactlyOnceWith('fba');
    expect(typed.pending).toBe(false);
  });

  test('flush runs a pending call now; cancel drops it', () => {
    const fn = vi.fn();
    const typed = debounce(fn, 150);
    typed('a');
    typed.flush();
    expect(fn).toHaveBeenCalledExactlyOnceWith('a');
    typed.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    typed('b');
    typed.cancel();
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

test('only the newest ticket is current', () => {
  const latest = latestOnly();
  const first = latest.next();
  expect(latest.isCurrent(first)).toBe(true);
  const second = latest.next();
  expect(latest.isCurrent(first)).toBe(false);
  expect(latest.isCurrent(second)).toBe(true);
});
