// Builds the responders with the project's build script into a temporary folder, so tests run
// exactly what `npm run build` ships without depending on a committed dist/.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './responders.js';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export function buildRespondersInto(outDir = path.join(tempDir(), 'responder')): string {
  execFileSync(process.execPath, [path.join(projectRoot, 'scripts/build-responder.mjs'), outDir], {
    cwd: projectRoot,
    stdio: 'pipe',
  });
  return outDir;
}
