// The shipped builds: deterministic, the Fetch module small and free of Node-only imports, the
// Node server started with `node server.js`, the Lambda handler loadable as ESM and CommonJS.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildRespondersInto, projectRoot } from './support/built.js';
import { r0, simpleManifest } from './support/manifests.js';
import { serve } from './support/processes.js';
import { tempDir } from './support/responders.js';

let outDir: string;
let manifestFile: string;

beforeAll(() => {
  outDir = buildRespondersInto();
  manifestFile = path.join(tempDir(), 'manifest.json');
  writeFileSync(manifestFile, JSON.stringify(simpleManifest('1.2.3')));
});

const read = (name: string) => readFileSync(path.join(outDir, name));

describe('responder builds', () => {
  it('are byte-for-byte the same on a second build', () => {
    const again = buildRespondersInto();
    const names = readdirSync(outDir).filter((name) => !name.startsWith('.'));
    expect(names.sort()).toEqual(
      ['fetch.js', 'lambda.cjs', 'lambda.js', 'lambda.mjs', 'package.json', 'server.js'].sort(),
    );
    for (const name of names) {
      expect(readFileSync(path.join(again, name)).equals(read(name))).toBe(true);
    }
  });

  it('keep the Fetch module under 50 kB with no Node-only imports', () => {
    const size = statSync(path.join(outDir, 'fetch.js')).size;
    expect(size).toBeLessThanOrEqual(50_000);
    const code = read('fetch.js').toString();
    expect(code).not.toMatch(/from\s*["'](node:|fs|path|http|crypto|module|os|url|buffer)["'/]/);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/\bBuffer\./);
    expect(code).toMatch(/export\s*\{[^}]*as default/);
    expect(code).not.toContain(outDir);
  });

  it('start the Node server with `node server.js`, which stops cleanly on SIGTERM', async () => {
    const server = await serve(
      process.execPath,
      [path.join(outDir, 'server.js')],
      { MANIFEST_FILE: manifestFile, HOST: '127.0.0.1', PORT: '0' },
      /"event":"listening","url":"http:\/\/127\.0\.0\.1:(\d+)"/,
    );
    try {
      const response = await fetch(`${server.url}/updates`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(r0()),
      });
      expect(await response.json()).toMatchObject({ version: '1.2.3' });
    } finally {
      await server.stop();
    }
    expect(server.output()).toContain('"event":"stopping","signal":"SIGTERM"');
  });

  it('refuse to start without a manifest source, saying which settings to set', () => {
    let message = '';
    try {
      execFileSync(process.execPath, [path.join(outDir, 'server.js')], {
        env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1' },
        stdio: 'pipe',
      });
    } catch (error) {
      message = String((error as { stderr: Buffer }).stderr);
    }
    expect(message).toContain('MANIFEST_URL');
    expect(message).not.toMatch(/\n\s+at /);
  });

  it.each(['lambda.cjs', 'lambda.mjs', 'lambda.js'])('load %s as a Lambda handler', (name) => {
    const event = {
      version: '2.0',
      rawPath: '/updates',
      rawQueryString: '',
      requestContext: { http: { method: 'POST', path: '/updates' } },
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(JSON.stringify(r0())).toString('base64'),
      isBase64Encoded: true,
    };
    const file = path.join(outDir, name);
    const load = name.endsWith('.cjs')
      ? `const { handler } = require(${JSON.stringify(file)});`
      : `const { handler } = await import(${JSON.stringify(file)});`;
    const script = `${load}
      console.log = () => {};
      const result = await handler(${JSON.stringify(event)});
      process.stdout.write(JSON.stringify(result));`;
    const output = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        name.endsWith('.cjs')
          ? `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); ${script}`
          : script,
      ],
      { env: { PATH: process.env.PATH ?? '', MANIFEST_FILE: manifestFile }, encoding: 'utf8' },
    );
    const result = JSON.parse(output) as { statusCode: number; body: string };
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toMatchObject({ version: '1.2.3' });
  });

  it('are what the deployment examples import', () => {
    const examples = path.join(projectRoot, 'examples/responder');
    const files = [
      'netlify/netlify/functions/responder.mjs',
      'cloudflare-workers/src/worker.js',
      'vercel/api/responder.js',
      'aws-lambda/template.yaml',
      'node/live-update-responder.service',
    ];
    for (const file of files) {
      const text = readFileSync(path.join(examples, file), 'utf8');
      const referenced = [...text.matchAll(/dist\/responder\/([\w.]+)/g)].map((m) => m[1]!);
      const handler = /Handler: (\w+)\.handler/.exec(text)?.[1];
      if (handler) referenced.push(`${handler}.js`);
      expect(referenced.length).toBeGreaterThan(0);
      for (const name of referenced) expect(readdirSync(outDir)).toContain(name);
    }
  });
});
