/** One line of the terminal table and of `results.json`'s `table`: a figure, and its target when the issue sets one. */
export interface TableRow {
  readonly section: string;
  readonly figure: string;
  readonly value: string;
  readonly target?: string;
  readonly verdict?: string;
  readonly met?: boolean;
  /** What explains the figure: its parts, the peer's time, the calls behind it. */
  readonly note?: string;
}

const formatters = {
  ms: (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`,
  perSecond: (value: number) => `${value.toFixed(1)} msg/s`,
  mb: (value: number) => `${(value / 1024 / 1024).toFixed(2)} MB`,
  percent: (value: number) => `${(value * 100).toFixed(0)} %`,
  ratio: (value: number) => `${value.toFixed(2)}`,
  times: (value: number) => `${value.toFixed(2)}×`,
  count: (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1)),
  usd: (value: number) => `$${value.toFixed(value < 1 ? 4 : 2)}`,
} as const;

export type Unit = keyof typeof formatters;

export function format(value: number, unit: Unit): string {
  return Number.isFinite(value) ? formatters[unit](value) : 'n/a';
}

/** A figure against an upper bound: met, or missed by how much and how many times over. */
export function atMost(section: string, figure: string, value: number, target: number, unit: Unit): TableRow {
  const met = value <= target;
  const by =
    unit === 'ratio' || unit === 'percent' || unit === 'times'
      ? format(value - target, unit)
      : `${format(value - target, unit)} (${(value / target).toFixed(1)}×)`;
  return {
    section,
    figure,
    value: format(value, unit),
    target: `≤ ${format(target, unit)}`,
    verdict: met ? 'met' : `missed by ${by}`,
    met,
  };
}

/** A figure against a lower bound. */
export function atLeast(section: string, figure: string, value: number, target: number, unit: Unit): TableRow {
  const met = value >= target;
  return {
    section,
    figure,
    value: format(value, unit),
    target: `≥ ${format(target, unit)}`,
    verdict: met ? 'met' : `missed by ${format(target - value, unit)} (${(value / target).toFixed(2)}× of it)`,
    met,
  };
}

/** A figure the issue sets no target for: shown for the data it gives. */
export function info(section: string, figure: string, value: number | string, unit?: Unit): TableRow {
  return { section, figure, value: typeof value === 'string' || !unit ? String(value) : format(value, unit) };
}

/** A figure the issue asks to see rather than bound: met by being there. */
export function printed(section: string, figure: string, value: string): TableRow {
  return { section, figure, value, target: 'printed, with its breakdown', verdict: 'printed', met: true };
}
