import type { TranscriptExportFormat } from '@iep/core/contract';
import { transcriptsApi } from '../api/transcripts';

const FORMATS: { format: TranscriptExportFormat; label: string; hint: string }[] = [
  { format: 'docx', label: 'a Word document (DOCX)', hint: 'to read, print or add notes' },
  { format: 'pdf', label: 'a PDF', hint: 'to print or send' },
  { format: 'txt', label: 'plain text (TXT)', hint: 'opens anywhere' },
  { format: 'srt', label: 'subtitles (SRT)', hint: 'to show the words with the sound in a video player' },
  { format: 'vtt', label: 'web subtitles (WebVTT)', hint: 'for web video players' },
  { format: 'json', label: 'data (JSON)', hint: 'for other programs' },
];

/** Download the transcript with names and times, in the format that fits. */
export function ExportLinks({ caseId, recordingId }: { caseId: string; recordingId: string }) {
  return (
    <section aria-labelledby="exports-heading" id="exports">
      <h2 id="exports-heading">Download the transcript</h2>
      <p>Each file has the speakers&apos; names, the times, and your fixes.</p>
      <ul className="plain-list export-list">
        {FORMATS.map((f) => (
          <li key={f.format}>
            <a className="rec-link" href={transcriptsApi.exportUrl(caseId, recordingId, f.format)} download>
              Download as {f.label}
            </a>{' '}
            <span className="small-print">({f.hint})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
