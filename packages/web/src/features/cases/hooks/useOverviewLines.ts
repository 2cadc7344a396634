import { useLoad } from '../../../hooks/useLoad';
import { overviewApi } from '../api/overview';
import { documentsSummary, lettersSummary, recordingsSummary } from '../lib/case-overview';

export interface OverviewLines {
  letters: string;
  recordings: string;
  documents: string;
}

const LOADING = 'Loading…';

function line<T>(
  loaded: { data: T | null; error: unknown },
  words: (data: T) => string,
  what: string,
): string {
  if (loaded.data) return words(loaded.data);
  return loaded.error ? `We could not load the ${what}.` : LOADING;
}

/**
 * The summary lines of the overview's letters, recordings and papers cards, each from that feature's own list
 * (three small GETs beside the case's). A list that fails to load says so on its card; the rest still show.
 */
export function useOverviewLines(caseId: string): OverviewLines {
  const letters = useLoad(() => overviewApi.letters(caseId), `letters:${caseId}`);
  const recordings = useLoad(() => overviewApi.recordings(caseId), `recordings:${caseId}`);
  const documents = useLoad(() => overviewApi.documents(caseId), `documents:${caseId}`);
  return {
    letters: line(letters, lettersSummary, 'letters'),
    recordings: line(recordings, (r) => recordingsSummary(r.recordings), 'recordings'),
    documents: line(documents, (d) => documentsSummary(d.documents), 'papers'),
  };
}
