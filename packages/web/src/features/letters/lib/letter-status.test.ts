import type { LetterKind, LettersOverview } from '@iep/core/contract';
import { describe, expect, it } from 'vitest';
import { fileForMethod, letterFiles, letterState, letterStateText, shortHash } from './letter-status';

const empty: LettersOverview = { drafts: [], files: [], sent: [] };
const file = (kind: LetterKind, createdAt: string, meetingId = '') => ({
  id: `f-${createdAt}`,
  kind,
  meetingId,
  format: 'pdf' as const,
  filename: 'x.pdf',
  sha256: 'a'.repeat(64),
  bytes: 10,
  createdAt,
});

describe('letterState', () => {
  it('moves from not started to draft to file made to sent', () => {
    expect(letterState(empty, 'concerns').state).toBe('not-started');
    const drafted: LettersOverview = {
      ...empty,
      drafts: [{ kind: 'concerns', meetingId: '', updatedAt: '2026-11-20T10:00:00Z' }],
    };
    expect(letterState(drafted, 'concerns').state).toBe('draft');
    const made = { ...drafted, files: [file('concerns', '2026-11-21T10:00:00Z')] };
    expect(letterState(made, 'concerns').state).toBe('file-made');
    const sent: LettersOverview = {
      ...made,
      sent: [
        {
          id: 's1',
          fileId: 'f',
          kind: 'concerns',
          meetingId: '',
          sentAt: '2026-11-22T15:00:00Z',
          method: 'mail',
          sha256: 'b',
          format: 'pdf',
          filename: 'x.pdf',
          receivedOn: null,
          clocks: [],
        },
      ],
    };
    expect(letterState(sent, 'concerns')).toEqual({
      state: 'sent',
      sentAt: '2026-11-22T15:00:00Z',
      method: 'mail',
    });
    expect(letterState(sent, 'follow-up').state).toBe('not-started');
  });

  it('counts only the named meeting when one is given', () => {
    const made = { ...empty, files: [file('recording-notice', '2026-11-21T10:00:00Z', 'm1')] };
    expect(letterState(made, 'recording-notice', 'm2').state).toBe('not-started');
    expect(letterState(made, 'recording-notice', 'm1').state).toBe('file-made');
  });

  it('says when and how a letter was sent, on the day in the case zone', () => {
    // 02:00 UTC on the 23rd is still the evening of the 22nd in Chicago.
    const text = letterStateText(
      { state: 'sent', sentAt: '2026-11-23T02:00:00Z', method: 'hand-delivery' },
      'America/Chicago',
    );
    expect(text).toBe('Sent by hand on Sunday, November 22, 2026');
  });

  it('shortens a SHA-256 to its first 12 characters', () => {
    expect(shortHash('0123456789abcdef'.repeat(4))).toBe('0123456789ab…');
  });
});

describe('the file a way of sending sends', () => {
  const made = (
    id: string,
    format: 'pdf' | 'docx' | 'eml',
    createdAt: string,
    kind: LetterKind = 'concerns',
  ) => ({
    ...file(kind, createdAt, 'm1'),
    id,
    format,
  });
  const files = [
    made('a', 'pdf', '2026-11-21T10:00:00Z'),
    made('b', 'docx', '2026-11-22T10:00:00Z'),
    made('c', 'eml', '2026-11-20T10:00:00Z'),
    made('d', 'pdf', '2026-11-23T10:00:00Z', 'records-request'),
  ];

  it('email sends the .eml and paper the PDF, though a Word file was made last', () => {
    const mine = letterFiles(files, 'concerns', 'm1');
    expect(mine.map((f) => f.id)).toEqual(['b', 'a', 'c']);
    expect(fileForMethod(mine, 'email')?.id).toBe('c');
    expect(fileForMethod(mine, 'mail')?.id).toBe('a');
    expect(fileForMethod(mine, 'hand-delivery')?.id).toBe('a');
    expect(fileForMethod(letterFiles(files, 'concerns', null), 'mail')).toBeNull();
  });
});
