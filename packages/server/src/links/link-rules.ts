import { randomInt } from 'node:crypto';
import type { ClipWords, LinkState } from '@iep/core/contract';
import type { SegmentView } from '@iep/core';
import type { Config } from '../config.js';
import { sha256Hex } from '../ids.js';

// The small rules of shared links: when a link works, the child's short code, the audio pass of a link with a
// passphrase, the address a link is given at, and the words of a clip.

/** Revoked wins over expired: it says more about what happened to the link. */
export function linkState(row: { revoked_at: string | null; expires_at: string }, now: Date): LinkState {
  if (row.revoked_at !== null) return 'revoked';
  if (Date.parse(row.expires_at) <= now.getTime()) return 'expired';
  return 'active';
}

export function expiresAt(now: Date, days: number): string {
  return new Date(now.getTime() + days * 24 * 3600 * 1000).toISOString();
}

// No 0/O, 1/I/L: a child reads the code off a note and types it.
const CODE_LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

/** A short code (8 of 31 letters, about 40 bits): rate limited and expiring, so too many to guess. */
export function newStudentCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += CODE_LETTERS[randomInt(CODE_LETTERS.length)];
  return code;
}

/** What a child typed ("abcd-2345 ", "ABCD 2345") as the stored code; anything else as it was. */
export function normalizeCode(typed: string): string {
  const squeezed = typed.replace(/[\s-]/g, '').toUpperCase();
  return squeezed.length === CODE_LENGTH && [...squeezed].every((c) => CODE_LETTERS.includes(c))
    ? squeezed
    : typed;
}

/** The code as shown: two groups of four. */
export const shownCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

/**
 * The pass the audio of a passphrase link needs (an <audio> element cannot send the passphrase): derived from the
 * passphrase's salted hash, which only the server knows, and the link's id. A new passphrase would change it.
 */
export function audioPass(linkId: string, passphraseHash: string): string {
  return sha256Hex(`${linkId}:${passphraseHash}`).slice(0, 32);
}

/** Where people open the app: IEP_PUBLIC_URL, else the local address the server listens on. */
export function publicBase(config: Pick<Config, 'publicUrl' | 'host' | 'port'>): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '');
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? 'localhost' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
}

export const clipPageUrl = (base: string, linkId: string) => `${base}/l/${linkId}`;
export const studentPageUrl = (base: string, viewId: string) => `${base}/s/${viewId}`;

/** The segments that overlap [fromMs, toMs), with their times from the clip's start, cut to the clip. */
export function clipWords(segments: readonly SegmentView[], fromMs: number, toMs: number): ClipWords[] {
  return segments
    .filter((s) => s.start * 1000 < toMs && s.end * 1000 > fromMs && s.text.trim() !== '')
    .map((s) => ({
      startMs: Math.max(0, Math.round(s.start * 1000 - fromMs)),
      endMs: Math.min(toMs - fromMs, Math.round(s.end * 1000 - fromMs)),
      speaker: s.speakerName,
      text: s.text.trim(),
    }));
}
