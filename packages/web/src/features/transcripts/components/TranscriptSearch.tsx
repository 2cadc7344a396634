import type { SearchHit } from '@iep/core/contract';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { transcriptsApi, type SearchTerms } from '../api/transcripts';
import { ApiError } from '../../../api/client';
import { BOOKMARK_BUTTONS, bookmarkKindOf } from '../../recordings/lib/recording-time';
import { transcriptHref } from '../lib/transcript-links';
import { hitParts } from '../lib/transcript-snippet';
import { clockOf } from '../lib/transcript-time';

interface Props {
  caseId: string;
  /** "Yearly IEP review, December 7, 2026" for a meeting id. */
  meetingLabel: (meetingId: string) => string;
  speakerNames: string[];
  initial: SearchTerms | null;
  /** Told about each new search (the search page keeps it in the address). */
  onSubmitted?: (query: SearchTerms) => void;
  /** The section's h2; hidden on the search page, whose h1 already says it. */
  heading: string;
  headingHidden?: boolean;
}

const BOOKMARK_OPTIONS = [
  { value: '', label: 'Anywhere' },
  ...BOOKMARK_BUTTONS.map((k) => ({ value: k.kind, label: `Near a “${k.label}” bookmark` })),
  { value: 'note', label: 'Near a note' },
];

/** Search the transcripts of every meeting of the case; each hit opens its meeting at that moment. */
export function TranscriptSearch(props: Props) {
  const { caseId, meetingLabel, speakerNames, initial, onSubmitted, heading, headingHidden } = props;
  const [q, setQ] = useState(initial?.q ?? '');
  const [speaker, setSpeaker] = useState(initial?.speaker ?? '');
  const [bookmark, setBookmark] = useState(initial?.bookmark ?? '');
  const [submitted, setSubmitted] = useState<SearchTerms | null>(initial?.q ? initial : null);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!submitted) return;
    let cancelled = false;
    transcriptsApi.search(caseId, submitted).then(
      (r) => {
        if (cancelled) return;
        setHits(r.hits);
        setError('');
        setStatus(
          r.hits.length === 0
            ? `Nothing found for “${submitted.q}”.`
            : `Found ${r.hits.length} ${r.hits.length === 1 ? 'place' : 'places'} for “${submitted.q}”.`,
        );
      },
      (e: unknown) => {
        if (cancelled) return;
        setError(e instanceof ApiError ? e.message : 'The search did not work. Try again.');
        setStatus('');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [caseId, submitted]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!q.trim()) {
      setError('Type a word to search for.');
      return;
    }
    const query: SearchTerms = { q: q.trim() };
    if (speaker.trim()) query.speaker = speaker.trim();
    const kind = bookmarkKindOf(bookmark);
    if (kind) query.bookmark = kind;
    setStatus('Searching…');
    setError('');
    setSubmitted(query);
    onSubmitted?.(query);
  };

  return (
    <section aria-labelledby="search-heading" id="search" className="transcript-search">
      <h2 id="search-heading" className={headingHidden ? 'visually-hidden' : undefined}>
        {heading}
      </h2>
      <form role="search" aria-label="Search the transcripts" onSubmit={submit} className="search-form">
        <div className="field">
          <label htmlFor="search-q">Words to find</label>
          <input
            id="search-q"
            type="search"
            value={q}
            maxLength={200}
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
        <details className="help-text">
          <summary>Filters</summary>
          <div className="field">
            <label htmlFor="search-speaker">
              Said by <span className="optional">(optional)</span>
            </label>
            <input
              id="search-speaker"
              type="text"
              list="search-speaker-names"
              autoComplete="off"
              value={speaker}
              onChange={(e) => setSpeaker(e.target.value)}
            />
            <datalist id="search-speaker-names">
              {speakerNames.map((n) => (
                <option key={n} value={n} />
              ))}
            </datalist>
          </div>
          <div className="field">
            <label htmlFor="search-bookmark">Where</label>
            <select id="search-bookmark" value={bookmark} onChange={(e) => setBookmark(e.target.value)}>
              {BOOKMARK_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        </details>
        <button type="submit">Search</button>
      </form>
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      <p role="status" className="search-status">
        {status}
      </p>
      {hits && hits.length > 0 && submitted ? (
        <ol className="card-list hit-list">
          {hits.map((hit) => (
            <li key={`${hit.transcriptId}-${hit.segmentId}`} className="card hit">
              <Link
                className="rec-link"
                to={transcriptHref(caseId, hit.meetingId, { sec: hit.start, q: submitted.q })}
              >
                {meetingLabel(hit.meetingId)}, at {clockOf(hit.start)}, {hit.speakerName}
              </Link>
              <p className="snippet">
                {hitParts(hit, submitted.q).map((p, i) =>
                  p.highlight ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
                )}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
