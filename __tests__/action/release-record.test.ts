import { describe, expect, it } from '@jest/globals';
import {
  assetLabel,
  labelSha256,
  readAssetRecord,
  withAssetRecord,
} from '../../src/action/release-record.js';

const sha = 'a'.repeat(64);

describe('release records', () => {
  it('keeps the plain sha256 in the asset label', () => {
    expect(labelSha256(assetLabel(sha))).toBe(sha);
    expect(labelSha256('Bundle for 1.0.0')).toBeUndefined();
  });

  it('adds a record after the user notes and replaces an older one for the same asset', () => {
    const first = withAssetRecord('Fixes the login screen.', {
      asset: 'app-1.0.0.zip',
      sha256: sha,
      session_key: 'iv:key1',
      key_id: 'MIIBCgKCAQEA',
    });
    expect(first.startsWith('Fixes the login screen.\n\n<!-- live-update-release ')).toBe(true);
    const second = withAssetRecord(first, {
      asset: 'app-1.0.0.zip',
      sha256: 'b'.repeat(64),
      session_key: 'iv:key2',
      key_id: '',
    });
    expect(second.match(/live-update-release/g)).toHaveLength(1);
    expect(readAssetRecord(second, 'app-1.0.0.zip')).toMatchObject({
      sha256: 'b'.repeat(64),
      session_key: 'iv:key2',
    });
    expect(readAssetRecord(second, 'other.zip')).toBeUndefined();
  });

  it('ignores a record that is not ours or not JSON', () => {
    expect(readAssetRecord('<!-- live-update-release {not json} -->', 'a.zip')).toBeUndefined();
  });
});
