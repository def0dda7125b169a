import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/errors.js';
import { readSettings } from '../../src/action/settings.js';

function settingsFrom(inputs: Record<string, string>) {
  return readSettings((name) => inputs[name] ?? '');
}

const publishInputs = { token: 'ghs_example', path: 'www' };

describe('readSettings', () => {
  it('applies the documented defaults', () => {
    const s = settingsFrom(publishInputs);
    expect(s).toMatchObject({
      command: 'publish',
      channel: 'production',
      manifestPath: 'live-update/manifest.json',
      manifestBranch: 'live-updates',
      platforms: ['ios', 'android'],
      rollout: 100,
      delivery: 'direct',
      requireNotifyAppReady: true,
      dryRun: false,
    });
  });

  it.each([
    [
      'command',
      'deploy',
      /`command`.*"deploy" is not one of publish, rollback, promote, rollout, prune/,
    ],
    ['rollout', '101', /`rollout`.*"101" is not a whole percent/],
    ['rollout', '12.5', /`rollout`/],
    ['platforms', 'ios,windows', /`platforms`.*"ios,windows"/],
    ['delivery', 'cdn', /`delivery`.*"cdn" is not one of direct, proxy/],
    ['dry-run', 'yes', /`dry-run`.*"yes" is not true or false/],
    ['channel', 'pro duction', /`channel`.*`pro duction` is not a channel name/],
    ['manifest-path', '../manifest.json', /`manifest-path`.*relative path/],
    ['manifest-branch', 'bad..branch', /`manifest-branch`/],
    ['app-id', 'not an id', /`app-id`.*`not an id` is not an app id/],
  ])('refuses %s = %s naming the input and the value', (input, value, message) => {
    const call = () => settingsFrom({ ...publishInputs, [input]: value });
    expect(call).toThrow(InputError);
    expect(call).toThrow(message);
  });

  it('asks for what each command needs', () => {
    expect(() => settingsFrom({ token: 't' })).toThrow(/`path`: required/);
    expect(() => settingsFrom({ token: 't', command: 'promote' })).toThrow(
      /`from-channel`: required/,
    );
    expect(() => settingsFrom({ token: 't', command: 'prune' })).toThrow(/`keep`: required/);
    expect(() => settingsFrom({ path: 'www' })).toThrow(/`token`: empty/);
  });

  it('accepts the spellings of booleans that other actions accept', () => {
    expect(settingsFrom({ ...publishInputs, 'dry-run': 'TRUE' }).dryRun).toBe(true);
    expect(
      settingsFrom({ ...publishInputs, 'require-notify-app-ready': 'False' }).requireNotifyAppReady,
    ).toBe(false);
  });
});
