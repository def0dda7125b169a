// Starts an emulator with one repository and one token, prints {serverUrl, apiUrl, token,
// repository} as one JSON line, and serves until stopped (SIGINT, SIGTERM or stdin closing).
//   npx tsx test-support/github-emulator/cli.ts [--repo owner/name] [--private] [--immutable]
import { parseArgs } from 'node:util';
import { startGitHubEmulator } from './index.js';

const { values } = parseArgs({
  options: {
    repo: { type: 'string', default: 'example-org/example-app' },
    private: { type: 'boolean', default: false },
    immutable: { type: 'boolean', default: false },
  },
});

const emulator = await startGitHubEmulator();
const repository = values.repo as string;
emulator.createRepo(repository, { private: values.private, immutableReleases: values.immutable });
const token = emulator.createToken();
process.stdout.write(
  `${JSON.stringify({ serverUrl: emulator.serverUrl, apiUrl: emulator.apiUrl, token, repository })}\n`,
);

const stop = (): void => {
  void emulator.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
