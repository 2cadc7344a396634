import type { LetterFileInfo, LetterFormat } from '@iep/core/contract';
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import { lettersApi } from '../api/letters';
import { FORMAT_WORDS } from '../lib/letter-status';
import { StatusMessage } from '../../../components/StatusMessage';
import { RoleNote } from '../../sharing/components/RoleNote';

const FORMATS: { format: LetterFormat; label: string }[] = [
  { format: 'pdf', label: 'Download PDF' },
  { format: 'docx', label: 'Download Word (.docx)' },
  { format: 'txt', label: 'Download plain text' },
  { format: 'eml', label: 'Download email (.eml)' },
];

interface Props {
  caseId: string;
  kind: string;
  meetingId: string | null;
  /** Saves the draft first: the server makes the file from the saved draft, not from this screen. */
  beforeMake: () => Promise<boolean>;
  onMade: (file: LetterFileInfo) => void;
  /** Whether this member may make the letter's files (the family); an advocate prints only the notes. */
  mayMakeFiles: boolean;
}

/** Each button makes the file on the server (which keeps the exact bytes for the paper trail), then fetches it. */
export function DownloadPanel({ caseId, kind, meetingId, beforeMake, onMade, mayMakeFiles }: Props) {
  const [busy, setBusy] = useState<LetterFormat | null>(null);
  const [failure, setFailure] = useState('');
  const [done, setDone] = useState('');

  async function make(format: LetterFormat) {
    setBusy(format);
    setFailure('');
    setDone('');
    try {
      if (!(await beforeMake())) {
        setFailure(
          'Your answers are not saved yet, so the file would miss them. Please try again in a moment.',
        );
        return;
      }
      const file = await lettersApi.makeLetterFile(caseId, kind, meetingId, format);
      onMade(file);
      setDone(
        `Your ${FORMAT_WORDS[format]} is made: ${file.filename}. Your browser saves it, most often in Downloads. We keep the same file for the paper trail.`,
      );
      window.location.assign(lettersApi.letterFileUrl(caseId, file.id));
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : 'The file was not made. Please try again.');
    } finally {
      setBusy(null);
    }
  }

  async function notes() {
    setFailure('');
    setDone('');
    if (!(await beforeMake())) {
      setFailure(
        'Your answers are not saved yet, so the notes would miss them. Please try again in a moment.',
      );
      return;
    }
    setDone('Your notes are made as a PDF. Your browser saves it, most often in Downloads.');
    window.location.assign(lettersApi.letterNotesUrl(caseId, kind, meetingId, 'pdf'));
  }

  return (
    <section aria-labelledby="download-heading">
      <h2 id="download-heading">Download</h2>
      {mayMakeFiles ? (
        <p>Print the PDF, edit the Word file, or open the email file in your mail program to send it.</p>
      ) : (
        <RoleNote>
          Only the family can make the letter files and send the letter. Your answers are saved for them.
        </RoleNote>
      )}
      <StatusMessage message={done} />
      {failure ? (
        <p className="notice error" role="alert">
          {failure}
        </p>
      ) : null}
      {mayMakeFiles ? (
        <div className="actions">
          {FORMATS.map(({ format, label }) => (
            <button
              key={format}
              type="button"
              className="secondary"
              disabled={busy !== null}
              onClick={() => void make(format)}
            >
              {busy === format ? 'Making the file…' : label}
            </button>
          ))}
        </div>
      ) : null}
      <h3 id="notes-download-heading">Notes for you</h3>
      <p>Print your notes only if you want them on paper. They are for you, not for the school.</p>
      <div className="actions">
        <button type="button" className="secondary" disabled={busy !== null} onClick={() => void notes()}>
          Notes for you (PDF)
        </button>
      </div>
    </section>
  );
}
