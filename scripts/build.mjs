// Builds everything under dist/ from src/. The output is committed, and CI checks that a fresh
// build reproduces it byte for byte, so every step here must be deterministic.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { buildResponders } from './build-responder.mjs';

const ncc = (entry, outDir) =>
  execFileSync('npx', ['ncc', 'build', entry, '-o', outDir, '-q', '--no-source-map-register'], {
    stdio: 'inherit',
  });

rmSync('dist', { recursive: true, force: true });

// The action runs with `node dist/index.js`; ncc inlines every dependency so no install is needed.
ncc('src/action/main.ts', 'dist');

// The CLI ships the same way, so `npx live-update-release` needs nothing but this package.
ncc('src/cli/main.ts', 'dist/cli');

// Responder builds go through esbuild: ncc's ESM output imports `module`, which edge runtimes lack.
await buildResponders();
