// Command-line options of `npm run bench`, read once into one typed object.

export interface BenchOptions {
  /** A short smoke run whose figures are rough. */
  quick: boolean;
  /** Interleaved rounds per comparison; every figure is the median over them. */
  runs: number;
  /** Seconds of load per responder run (after a short warm-up). */
  loadSeconds: number;
  warmupSeconds: number;
  /** Update checks per timed batch of the in-process decision benchmark. */
  decisionBatch: number;
  /** Sections to run; all by default. */
  sections: ReadonlySet<Section>;
  /** Where the markdown table is written. */
  output: string;
}

export const SECTIONS = ['bundle', 'responder', 'decision', 'api'] as const;
export type Section = (typeof SECTIONS)[number];

const USAGE = `usage: npm run bench -- [--runs N] [--quick] [--only ${SECTIONS.join(',')}] [--out FILE]
  --runs N   interleaved rounds per comparison, medians over them (default 5)
  --quick    a short smoke run: 1 round, 2 s of load (figures are rough)
  --only     run only these sections (comma-separated)
  --out      where to write the markdown table (default bench/results/latest.md)`;

export function readOptions(argv: readonly string[], defaultOutput: string): BenchOptions {
  const quick = argv.includes('--quick');
  const options: BenchOptions = {
    quick,
    runs: quick ? 1 : 5,
    loadSeconds: quick ? 2 : 8,
    warmupSeconds: quick ? 0.5 : 1,
    decisionBatch: quick ? 5_000 : 20_000,
    sections: new Set(SECTIONS),
    output: defaultOutput,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--quick') continue;
    if (flag === '--help' || flag === '-h') throw new UsageError('');
    const value = argv[++i];
    if (flag === '--runs') options.runs = wholeNumber(flag, value, 1, 50);
    else if (flag === '--only') options.sections = sectionList(value);
    else if (flag === '--out') options.output = required(flag, value);
    else throw new UsageError(`unknown option ${flag}`);
  }
  return options;
}

export class UsageError extends Error {
  constructor(problem: string) {
    super(problem ? `${problem}\n${USAGE}` : USAGE);
  }
}

function required(flag: string, value: string | undefined): string {
  if (!value || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  return value;
}

function wholeNumber(flag: string, value: string | undefined, min: number, max: number): number {
  const text = required(flag, value);
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) {
    throw new UsageError(`${flag} "${text}" must be a whole number from ${min} to ${max}`);
  }
  return n;
}

function sectionList(value: string | undefined): Set<Section> {
  const names = required('--only', value).split(',');
  const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new UsageError(`--only: unknown section ${unknown.join(', ')}`);
  return new Set(names as Section[]);
}
