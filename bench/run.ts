// `npm run bench`: bundle builds against Info-ZIP and the vendor CLI, the responder against a
// bare Node server, the decision's cost by manifest size and the GitHub API calls per command,
// all on this machine in one run. Writes bench/results/latest.md and prints it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import { makeWebBuild, type WebBuild } from '../test-support/corpus.js';
import { API_GOALS, apiCallsSection } from './api-bench.js';
import { BUNDLE_GOALS, bundleSection } from './bundle-bench.js';
import { DECISION_GOAL, decisionSection } from './decision-bench.js';
import { readOptions, UsageError, type BenchOptions, type Section } from './options.js';
import { notMeasured, renderReport, type Goal, type SectionResult } from './report.js';
import { FETCH_BUILD_GOAL, LOAD_GOALS, responderSection } from './responder-bench.js';
import { megabytes } from './stats.js';

const projectRoot = path.resolve(import.meta.dirname, '..');
const dist = path.join(projectRoot, 'dist');
/** The whole run is stopped past this, whatever hangs. */
const RUN_LIMIT_MS = 20 * 60_000;

const say = (line: string) => void process.stdout.write(`${line}\n`);

async function main(options: BenchOptions): Promise<number> {
  const started = performance.now();
  const work = mkdtempSync(path.join(os.tmpdir(), 'live-update-bench-'));
  const watchdog = setTimeout(() => {
    say(`The benchmark ran past ${RUN_LIMIT_MS / 60_000} minutes and was stopped.`);
    rmSync(work, { recursive: true, force: true });
    process.exit(2);
  }, RUN_LIMIT_MS);
  watchdog.unref();
  const loadBefore = os.loadavg()[0]!;
  try {
    const corpora = await makeCorpora(work, options.sections);
    const sections: SectionResult[] = [];
    for (const section of options.sections) {
      say(`\n== ${TITLES[section]}`);
      sections.push(await runSection(section, options, work, corpora));
    }
    const report = renderReport(
      {
        date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        machine: machine(loadBefore),
        node: process.versions.node,
        runs: options.runs,
        quick: options.quick,
        seconds: (performance.now() - started) / 1000,
      },
      sections,
    );
    mkdirSync(path.dirname(options.output), { recursive: true });
    const formatted = await formatMarkdown(report, options.output);
    writeFileSync(options.output, formatted);
    say(`\n${formatted}`);
    say(`Written to ${path.relative(process.cwd(), options.output)}.`);
    return sections.some((s) => s.failed) ? 1 : 0;
  } finally {
    clearTimeout(watchdog);
    rmSync(work, { recursive: true, force: true });
  }
}

const TITLES: Record<Section, string> = {
  bundle: 'Bundle build (large corpus)',
  responder: 'Responder under load',
  decision: 'Decision cost by manifest size',
  api: 'GitHub API calls',
};

const GOALS: Record<Section, readonly Goal[]> = {
  bundle: Object.values(BUNDLE_GOALS),
  responder: [...LOAD_GOALS, FETCH_BUILD_GOAL],
  decision: [DECISION_GOAL],
  api: API_GOALS,
};

interface Corpora {
  medium?: WebBuild;
  large?: WebBuild;
}

async function makeCorpora(work: string, sections: ReadonlySet<Section>): Promise<Corpora> {
  const corpora: Corpora = {};
  if (sections.has('api')) corpora.medium = await corpus(work, 'medium');
  if (sections.has('bundle')) corpora.large = await corpus(work, 'large');
  return corpora;
}

async function corpus(work: string, size: 'medium' | 'large'): Promise<WebBuild> {
  const build = await makeWebBuild(path.join(work, size), size);
  say(`Corpus ${size}: ${build.files} files, ${megabytes(build.bytes)} in ${build.path}`);
  return build;
}

async function runSection(
  section: Section,
  options: BenchOptions,
  work: string,
  corpora: Corpora,
): Promise<SectionResult> {
  try {
    switch (section) {
      case 'bundle':
        return await bundleSection(corpora.large!, work, options.runs, say);
      case 'responder':
        return await responderSection({ dist, work, ...options }, say);
      case 'decision':
        return await decisionSection(work, options.runs, options.decisionBatch, say);
      case 'api':
        return await apiCallsSection(dist, corpora.medium!.path, work, say);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    say(`  failed: ${reason}`);
    return {
      title: TITLES[section],
      body: `This section failed: ${reason}`,
      checks: notMeasured(GOALS[section], 'section failed'),
      notes: [],
      failed: true,
    };
  }
}

/** In the repository's Prettier style, so the committed results pass the format check. */
async function formatMarkdown(text: string, file: string): Promise<string> {
  const config = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...config, parser: 'markdown' });
}

function machine(loadBefore: number): string {
  const cpus = os.cpus();
  const load = `load average ${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end`;
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${load}`;
}

try {
  process.exitCode = await main(
    readOptions(process.argv.slice(2), path.join(projectRoot, 'bench/results/latest.md')),
  );
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  say(error.message);
  process.exitCode = error.message.startsWith('usage') ? 0 : 2;
}
