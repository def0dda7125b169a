// The results: each target with what was measured beside it, and a markdown report that puts
// the targets first and each section's raw medians after.

export interface Target {
  /** `<=`: the measured value must not exceed `limit`; `>=`: must reach it. */
  op: '<=' | '>=';
  limit: number;
  unit: string;
}

export interface Check {
  name: string;
  /** Undefined when the measurement could not be made; `detail` then says why. */
  value: number | undefined;
  unit: string;
  target: Target;
  /** The figures the value comes from, e.g. "0.81 s vs 1.72 s". */
  detail: string;
}

/** A check before it is measured: what it is called and what it must reach. */
export type Goal = Omit<Check, 'value' | 'detail'>;

export function checked(goal: Goal, value: number | undefined, detail: string): Check {
  return { ...goal, value, detail };
}

export function notMeasured(goals: readonly Goal[], reason: string): Check[] {
  return goals.map((goal) => ({ ...goal, value: undefined, detail: reason }));
}

export interface SectionResult {
  title: string;
  /** Markdown shown under the title: how it was measured and the raw medians. */
  body: string;
  checks: Check[];
  /** Lines printed while running that a reader of the report needs too (installs, skips). */
  notes: string[];
  /** The section could not run to the end; `body` says why. */
  failed?: boolean;
}

export type Verdict = 'met' | 'missed' | 'not measured';

export function verdict(check: Check): Verdict {
  if (check.value === undefined || Number.isNaN(check.value)) return 'not measured';
  const { op, limit } = check.target;
  return (op === '<=' ? check.value <= limit : check.value >= limit) ? 'met' : 'missed';
}

const MARK: Record<Verdict, string> = { met: '✓', missed: '✗', 'not measured': '–' };

export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

function withUnit(text: string, unit: string): string {
  return unit === '×' ? `${text}×` : `${text} ${unit}`;
}

// Limits are exact constants, shown as written.
function targetText(target: Target): string {
  return `${target.op === '<=' ? '≤' : '≥'} ${withUnit(String(target.limit), target.unit)}`;
}

export function checksTable(checks: readonly Check[]): string {
  const rows = checks.map((c) => {
    const measured =
      c.value === undefined ? 'not measured' : withUnit(formatNumber(c.value), c.unit);
    return `| ${c.name} | ${measured} | ${targetText(c.target)} | ${MARK[verdict(c)]} | ${c.detail} |`;
  });
  return [
    '| check | measured | target | met | from |',
    '| --- | --: | --: | :-: | --- |',
    ...rows,
  ].join('\n');
}

export interface RunInfo {
  date: string;
  machine: string;
  node: string;
  runs: number;
  quick: boolean;
  seconds: number;
}

export function renderReport(info: RunInfo, sections: readonly SectionResult[]): string {
  const checks = sections.flatMap((s) => s.checks);
  const missed = checks.filter((c) => verdict(c) !== 'met');
  const parts = [
    '# Benchmark results',
    '',
    `${info.date} · ${info.machine} · Node ${info.node} · medians of ${info.runs} interleaved ` +
      `run(s)${info.quick ? ' (--quick: rough figures)' : ''} · ${Math.round(info.seconds)} s in all`,
    '',
    checksTable(checks),
    '',
    missed.length === 0
      ? 'Every target is met.'
      : `Targets not met or not measured: ${missed.map((c) => c.name).join('; ')}.`,
  ];
  for (const section of sections) {
    parts.push('', `## ${section.title}`, '', section.body.trim());
    if (section.notes.length > 0) parts.push('', ...section.notes.map((n) => `- ${n}`));
  }
  return `${parts.join('\n')}\n`;
}

/** A markdown table from a header row and data rows. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (i === 0 ? '---' : '--:'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}
