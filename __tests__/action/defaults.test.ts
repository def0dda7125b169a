import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findCapacitorAppId, resolvePublishVersion } from '../../src/action/defaults.js';

function workspace(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'defaults-'));
  mkdirSync(path.join(root, 'app/www'), { recursive: true });
  return root;
}

describe('publish version', () => {
  it('prefers the input, then a pushed v-tag, then the nearest package.json', () => {
    const root = workspace();
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ version: '2.0.0' }));
    writeFileSync(
      path.join(root, 'app/package.json'),
      JSON.stringify({ name: 'app', version: '1.4.2' }),
    );
    const www = path.join(root, 'app/www');
    expect(resolvePublishVersion('v3.0.0', 'v9.9.9', www, root).version).toBe('3.0.0');
    expect(resolvePublishVersion('', 'v1.5.0', www, root).version).toBe('1.5.0');
    expect(resolvePublishVersion('', undefined, www, root)).toEqual({
      version: '1.4.2',
      source: 'app/package.json',
    });
  });

  it('ignores a pushed tag that is not a version and says where to set one', () => {
    const root = workspace();
    expect(() =>
      resolvePublishVersion('', 'release-candidate', path.join(root, 'app/www'), root),
    ).toThrow(/`version`: empty.*Set `version: 1.2.3`/);
  });

  it('refuses a package.json version that is not strict semver', () => {
    const root = workspace();
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ version: '1.0' }));
    expect(() => resolvePublishVersion('', undefined, path.join(root, 'app/www'), root)).toThrow(
      /1\.0/,
    );
  });
});

describe('capacitor app id', () => {
  it('reads capacitor.config.json, then .ts, walking up to the workspace', () => {
    const root = workspace();
    writeFileSync(
      path.join(root, 'capacitor.config.ts'),
      "import type { CapacitorConfig } from '@capacitor/cli';\nconst config: CapacitorConfig = {\n  appId: 'com.example.app',\n  webDir: 'www',\n};\nexport default config;\n",
    );
    expect(findCapacitorAppId(path.join(root, 'app/www'), root)).toBe('com.example.app');
    writeFileSync(
      path.join(root, 'app/capacitor.config.json'),
      JSON.stringify({ appId: 'com.example.other' }),
    );
    expect(findCapacitorAppId(path.join(root, 'app/www'), root)).toBe('com.example.other');
  });

  it('finds nothing outside the workspace', () => {
    const root = workspace();
    expect(findCapacitorAppId(path.join(root, 'app/www'), path.join(root, 'app'))).toBeUndefined();
  });
});

describe('capacitor app id edge cases', () => {
  it('ignores an appId in a comment', () => {
    const root = workspace();
    writeFileSync(
      path.join(root, 'capacitor.config.ts'),
      "const config = {\n  // appId: 'com.commented.out',\n  /* appId: 'com.block.comment', */\n  appId: \"com.real.app\",\n};\nexport default config;\n",
    );
    expect(findCapacitorAppId(path.join(root, 'app/www'), root)).toBe('com.real.app');
  });

  it('asks for the input when the appId is computed', () => {
    const root = workspace();
    writeFileSync(
      path.join(root, 'capacitor.config.ts'),
      'export default { appId: process.env.APP_ID ?? fallback };\n',
    );
    expect(() => findCapacitorAppId(path.join(root, 'app/www'), root)).toThrow(
      /`app-id`.*capacitor\.config\.ts has no appId written as a plain string.*Set `app-id: com\.example\.app`/,
    );
  });
});

describe('version from a pushed tag', () => {
  it('says the value came from the tag when it is not a version', () => {
    const root = workspace();
    expect(() => resolvePublishVersion('', 'v1.2', path.join(root, 'app/www'), root)).toThrow(
      /`version`: empty, and the pushed tag v1\.2 is not a version/,
    );
  });
});
