/**
 * The arithmetic of the benchmark's comparison (scripts/bench.ts): builds run in interleaved rounds
 * (course, Starlight, course, Starlight…), so that a machine that slows down for a minute slows both
 * sides of a pair, and each figure is the median over rounds of the ratio within a round.
 */

/** The middle value (the upper middle for an even count); throws on no values. */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The median of `numerators[i] / denominators[i]`: pairs are compared within their round, never across. */
export function medianOfRatios(numerators: number[], denominators: number[]): number {
  if (numerators.length !== denominators.length) throw new Error(`${numerators.length} numerators for ${denominators.length} denominators`);
  return median(numerators.map((n, i) => n / denominators[i]!));
}

export interface ScheduledStep<K extends string> {
  round: number;
  kind: K;
}

/** `rounds` rounds of every kind in the given order: [a1, b1, a2, b2, …]. */
export function interleave<K extends string>(kinds: readonly K[], rounds: number): ScheduledStep<K>[] {
  return Array.from({ length: rounds }, (_, round) => kinds.map((kind) => ({ round, kind }))).flat();
}
