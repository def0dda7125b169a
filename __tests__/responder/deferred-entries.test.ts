// A responder answers from the channels and the bundles they serve as soon as those are judged;
// every other bundle entry is judged right after. Nothing may change for devices: a broken entry
// still answers `failed` (whenever it is asked for), every problem is still logged once, and the
// answers equal those of a manifest compiled all at once.
import { describe, expect, it } from '@jest/globals';
import { parseManifest, readManifest } from '../../src/manifest/parse.js';
import { compileManifest, compileRead } from '../../src/responder/compile.js';
import { bundleEntry, channelEntry, manifestWith, r0 } from './support/manifests.js';
import { fileResponder, parsedLogs } from './support/responders.js';

/** Production serves 1.3.0 (1.2.0 outside a rollout); 1.0.0 and 1.1.0 are broken history. */
function manifestText(): string {
  return JSON.stringify(
    manifestWith(
      [
        bundleEntry('1.0.0', { checksum: 'not-hex' }),
        bundleEntry('1.1.0', { url: 'http://example.com/cleartext.zip' }),
        bundleEntry('1.2.0'),
        bundleEntry('1.3.0'),
        bundleEntry('1.4.0', { platforms: [] }),
      ],
      {
        production: channelEntry({ version: '1.3.0', previous: '1.2.0', rollout: 50 }),
        beta: channelEntry({ version: '1.4.0', allow_self_set: true }),
      },
    ),
  );
}

const options = { canProxy: false };

describe('compiling a manifest in two steps', () => {
  it('judges the served bundles at once and the others when asked', () => {
    const compiled = compileRead(readManifest(manifestText()), options);
    // beta serves the broken 1.4.0: its problem is known before any check.
    expect(compiled.warnings.some((w) => w.includes('1.4.0'))).toBe(true);
    expect(compiled.warnings.some((w) => w.includes('1.0.0') || w.includes('1.1.0'))).toBe(false);
    expect(compiled.bundles.size).toBe(5);
    expect(compiled.bundles.get('1.0.0')?.problem?.code).toBe('invalid_bundle');
    expect(compiled.bundles.get('9.9.9')).toBeUndefined();
    expect(compiled.bundles.get('constructor')).toBeUndefined();
    expect(compiled.bundles.get('__proto__')).toBeUndefined();
  });

  it('reports every problem once: those found by a request, then the rest', () => {
    const compiled = compileRead(readManifest(manifestText()), options);
    compiled.bundles.get('1.0.0');
    compiled.bundles.get('1.0.0');
    const first = compiled.compileRest(1);
    expect(first.done).toBe(false);
    const rest = compiled.compileRest();
    expect(rest.done).toBe(true);
    const later = [...first.warnings, ...rest.warnings];
    expect(later.filter((w) => w.includes('1.0.0'))).toHaveLength(1);
    expect(later.filter((w) => w.includes('1.1.0'))).toHaveLength(1);
    expect(later.some((w) => w.includes('1.4.0'))).toBe(false);
    expect(compiled.compileRest()).toEqual({ done: true, warnings: [] });
  });

  it('finds the same problems as compiling everything at once', () => {
    const text = manifestText();
    const stepwise = compileRead(readManifest(text), options);
    const all = [...stepwise.warnings, ...stepwise.compileRest().warnings];
    const atOnce = compileManifest(parseManifest(text), options);
    expect([...all].sort()).toEqual([...atOnce.warnings].sort());
    for (const version of ['1.0.0', '1.1.0', '1.2.0', '1.3.0', '1.4.0']) {
      expect(stepwise.bundles.get(version)).toEqual(atOnce.bundles.get(version));
    }
  });
});

describe('readManifest', () => {
  it('judges an entry only when asked, once, with the words parseManifest uses', () => {
    const text = manifestText();
    const read = readManifest(text);
    const parsed = parseManifest(text);
    for (const version of ['1.0.0', '1.1.0', '1.2.0', '1.4.0']) {
      expect(read.bundleProblem(version)).toBe(parsed.bundleProblems.get(version));
    }
    expect(read.channelProblem('beta')).toBe(parsed.channelProblems.get('beta'));
    expect(read.bundleProblem('0.0.1')).toBeUndefined();
    expect(read.channelProblem('toString')).toBeUndefined();
    expect(read.manifest).toEqual(parsed.manifest);
  });

  it('refuses what parseManifest refuses, before judging any entry', () => {
    expect(() => readManifest('[]')).toThrow(/must be a JSON object/);
    expect(() => readManifest('{"schema_version": 1}')).toThrow(/top level is invalid/);
  });
});

describe('a responder after a load', () => {
  it('answers from the served bundles and logs each broken entry once, right after', async () => {
    const { call, responder, logs } = fileResponder(manifestText());
    const reply = await call({ json: r0({ version_name: '1.2.0' }) });
    expect(reply.status).toBe(200);
    const beta = await call({ json: r0({ defaultChannel: 'beta' }) });
    expect(beta.json).toMatchObject({ kind: 'failed', error: 'invalid_bundle' });
    await responder.settled();
    const warnings = parsedLogs(logs)
      .filter((line) => line.event === 'warning')
      .map((line) => String(line.message));
    for (const version of ['1.0.0', '1.1.0', '1.4.0']) {
      expect(warnings.filter((w) => w.includes(`Bundle ${version} `))).toHaveLength(1);
    }
    expect(warnings.some((w) => w.includes('1.2.0') || w.includes('1.3.0'))).toBe(false);
  });

  it('answers at once once the manifest is loaded, without a trip through the microtasks', async () => {
    const { call, responder } = fileResponder(manifestText(), { ttlSeconds: 60 });
    await call({ json: r0() });
    const body = JSON.stringify(r0({ version_name: '1.3.0' }));
    const answered = responder.answer?.({
      method: 'POST',
      path: '/updates',
      query: {},
      headers: {},
      body,
    });
    expect(answered).toBeDefined();
    expect(answered instanceof Promise).toBe(false);
    expect(JSON.parse((answered as { body: string }).body)).toMatchObject({ kind: 'up_to_date' });
  });
});
