// Pieces every manifest edit shares: copying instead of mutating, finding a channel with an error
// that lists the real ones, checking a rollout percent, and appending to a channel's history.

import { InputError, UserError } from '../errors.js';
import { channelShapeProblem } from './entry-checks.js';
import { toRecord } from './parse.js';
import type { Channel, ChannelMove, Manifest, MoveAction, MoveContext } from './types.js';

export interface EditResult {
  manifest: Manifest;
  changed: boolean;
  /** The version the channel served before the edit (absent when it served nothing). */
  channelBefore?: string;
  /** The version it serves after. */
  channelAfter?: string;
  /** One line for the log and the job summary. */
  summary: string;
}

/**
 * Moves older than this are dropped from a channel's history, which keeps the manifest small.
 * The rollback walk and the rolled-back-from set only need recent moves: a version rolled back
 * from that long ago is far below anything a channel serves.
 */
export const MAX_HISTORY = 100;

/** A deep copy with prototype-free records, so edits never touch their input. */
export function cloneManifest(m: Manifest): Manifest {
  const copy = JSON.parse(JSON.stringify(m)) as Manifest;
  return { ...copy, bundles: toRecord(copy.bundles), channels: toRecord(copy.channels) };
}

/** The channel, if present; refuses one broken by hand, which no edit should build on. */
export function findChannel(m: Manifest, name: string): Channel | undefined {
  if (!Object.hasOwn(m.channels, name)) return undefined;
  const channel = m.channels[name];
  const problem = channelShapeProblem(channel);
  if (problem) {
    throw new UserError(
      `channel \`${name}\` in the manifest is malformed (${problem}); fix it by hand first.`,
    );
  }
  return channel;
}

export function requireChannel(m: Manifest, name: string, input: string): Channel {
  const channel = findChannel(m, name);
  if (channel) return channel;
  const names = Object.keys(m.channels).sort();
  const known =
    names.length > 0
      ? `channels in the manifest: ${names.join(', ')}`
      : 'the manifest has no channels yet: publish a bundle first';
  throw new InputError(input, `channel \`${name}\` does not exist; ${known}.`);
}

/** The version a channel serves, refusing a channel that serves nothing yet. */
export function requireServed(channel: Channel, name: string, input: string): string {
  if (channel.version !== undefined) return channel.version;
  throw new InputError(
    input,
    `channel \`${name}\` serves nothing yet; publish a bundle to it first.`,
  );
}

export function checkRollout(percent: number, input = 'rollout'): number {
  if (Number.isInteger(percent) && percent >= 0 && percent <= 100) return percent;
  throw new InputError(
    input,
    `\`${percent}\` is not a percent: use a whole number from 0 to 100, e.g. 25.`,
  );
}

export function hasBundle(m: Manifest, version: string): boolean {
  return Object.hasOwn(m.bundles, version);
}

export function appendMove(
  channel: Channel,
  action: MoveAction,
  from: string | undefined,
  ctx: MoveContext,
): void {
  const move: ChannelMove = {
    action,
    version: channel.version!,
    rollout: channel.rollout,
    at: ctx.at,
  };
  if (from !== undefined) move.from = from;
  if (ctx.run_id !== undefined) move.run_id = ctx.run_id;
  if (ctx.run_url !== undefined) move.run_url = ctx.run_url;
  channel.history = [...channel.history, move].slice(-MAX_HISTORY);
}

/** Points a channel at a new version, keeping what it served as `previous` for partial rollouts. */
export function moveChannel(channel: Channel, version: string, rollout: number): void {
  if (channel.version !== undefined && channel.version !== version)
    channel.previous = channel.version;
  channel.version = version;
  channel.rollout = rollout;
}

export function unchanged(m: Manifest, channel: Channel | undefined, summary: string): EditResult {
  const served = channel?.version;
  return { manifest: m, changed: false, channelBefore: served, channelAfter: served, summary };
}

export function changed(
  m: Manifest,
  before: string | undefined,
  after: string | undefined,
  summary: string,
  ctx?: MoveContext,
): EditResult {
  if (ctx) m.updated_at = ctx.at;
  return { manifest: m, changed: true, channelBefore: before, channelAfter: after, summary };
}

export function describe(version: string | undefined): string {
  return version ?? 'nothing';
}
