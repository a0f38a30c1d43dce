/** How many days a step took across cases: how many, the median and the 90th percentile. */
export interface DayStatistics {
  readonly count: number;
  readonly median?: number;
  readonly p90?: number;
}

/**
 * The median (the middle value; the mean of the two middle values when the count is even) and the
 * 90th percentile by nearest rank (the smallest value at least 90% of the values do not exceed).
 */
export function dayStatistics(days: readonly number[]): DayStatistics {
  if (days.length === 0) return { count: 0 };
  const sorted = [...days].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const p90 = sorted[Math.ceil(0.9 * sorted.length) - 1]!;
  return { count: sorted.length, median, p90 };
}
