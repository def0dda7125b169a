// `npm run demo`: the main job end to end on the example app in examples/web-app, with no GitHub
// account and no network. A local GitHub emulator on 127.0.0.1 stands in for github.com; the
// action (dist/index.js) publishes the bundle to it exactly as a runner would start it; the
// responder (dist/responder/server.js) serves the committed manifest; and a device-shaped
// update check shows what a phone would be told.
import { createHash } from 'node:crypto';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot, runAction } from '../test-support/action-runner.js';
import { startGitHubEmulator } from '../test-support/github-emulator/index.js';
import {
  postUpdateCheck,
  startResponderProcess,
  updateCheckBody,
} from '../test-support/responder-process.js';

const repository = 'example-org/example-app';
const say = (text = ''): void => void process.stdout.write(`${text}\n`);

const github = await startGitHubEmulator();
try {
  github.createRepo(repository);
  const token = github.createToken();
  say(`GitHub emulator on ${github.serverUrl} with repository ${repository}.`);

  say('\n== Publishing examples/web-app/www as the action would run on a tag push');
  const run = await runAction({
    inputs: { path: 'examples/web-app/www', token, channel: 'production', rollout: '100' },
    env: runnerEnvironment(github.serverUrl, github.apiUrl),
  });
  process.stdout.write(indent(run.stdout));
  if (run.code !== 0) throw new Error(`The action failed (exit ${run.code}).\n${run.stderr}`);
  const out = run.outputs;
  say('\nOutputs:');
  for (const name of [
    'version',
    'checksum',
    'url',
    'size',
    'release-url',
    'manifest-commit',
    'manifest-url',
  ]) {
    say(`  ${name.padEnd(16)} ${out[name]}`);
  }

  say('\n== Starting the responder on the committed manifest');
  const responder = await startResponderProcess({
    MANIFEST_URL: out['manifest-url'] ?? '',
    MANIFEST_TTL_SECONDS: '1',
  });
  try {
    say(`  node dist/responder/server.js  →  ${responder.url}`);

    say('\n== A device running the bundle from the app store asks for an update');
    const first = await postUpdateCheck(
      responder.url,
      updateCheckBody({ version_name: 'builtin', version_build: '1.0.0' }),
    );
    say(`  POST /updates → ${first.status} ${JSON.stringify(first.json)}`);
    const url = String(first.json.url ?? '');
    if (!url) throw new Error('The device was not offered the bundle.');

    const zip = Buffer.from(await (await fetch(url)).arrayBuffer());
    const sha256 = createHash('sha256').update(zip).digest('hex');
    say(
      `  downloaded ${zip.length} bytes; sha256 ${sha256 === first.json.checksum ? 'matches' : 'DOES NOT MATCH'} the checksum`,
    );
    if (sha256 !== first.json.checksum) throw new Error('Checksum mismatch.');

    say(`\n== The same device after installing ${String(first.json.version)}`);
    const second = await postUpdateCheck(
      responder.url,
      updateCheckBody({ version_name: first.json.version, version_build: '1.0.0' }),
    );
    say(`  POST /updates → ${second.status} ${JSON.stringify(second.json)}`);
  } finally {
    await responder.stop();
  }
  say('\nDone. In a real workflow the same step runs with `uses:` on a tag push; see README.md.');
} finally {
  await github.close();
}

function runnerEnvironment(serverUrl: string, apiUrl: string): Record<string, string> {
  const eventPath = path.join(mkdtempSync(path.join(tmpdir(), 'demo-event-')), 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({ repository: { full_name: repository, private: false } }),
  );
  return {
    GITHUB_REPOSITORY: repository,
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_API_URL: apiUrl,
    GITHUB_WORKSPACE: projectRoot,
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_EVENT_PATH: eventPath,
  };
}

// The runner consumes workflow commands (masks, groups, annotations); show them as it would.
function indent(text: string): string {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('::add-mask::') && !line.startsWith('::debug::'))
    .map(
      (line) =>
        `  ${line.replace(/^::(group|endgroup)::/, '').replace(/^::(warning|error|notice)[^:]*::/, '$1: ')}`,
    )
    .join('\n')
    .concat('\n');
}
