import { describe, expect, it } from '@jest/globals';
import { secretLookingFiles } from '../../src/bundle/exposure.js';

describe('secretLookingFiles', () => {
  it('names files that usually hold secrets and leaves a web build alone', () => {
    const names = [
      'index.html',
      'assets/app.js',
      '.env',
      'config/.env.production',
      '.git/config',
      'keys/private.pem',
      '.npmrc',
      'assets/environment.js',
      'env.json',
      '.well-known/assetlinks.json',
    ];
    expect(secretLookingFiles(names)).toEqual([
      '.env',
      'config/.env.production',
      '.git/config',
      'keys/private.pem',
      '.npmrc',
    ]);
  });
});
