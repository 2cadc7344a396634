import { confidenceWords, type Confidence } from '@iep/core';
import { Scale } from 'lucide-react';

export interface LegalSource {
  citation: string;
  confidence: Confidence;
}

/**
 * The legal sources of a page or a section, shown once in a closed "Why" drawer instead of a label on every
 * bullet (docs/design.md, "Legal notes"). Each citation appears once, with its confidence label and the label's
 * plain words, so a parent can check the source and see how sure we are.
 */
export function WhyDrawer({
  sources,
  title = 'Why: the rules behind this',
}: {
  sources: LegalSource[];
  title?: string;
}) {
  const unique = uniqueSources(sources);
  if (unique.length === 0) return null;
  return (
    <details className="why-drawer">
      <summary>
        <Scale className="icon" aria-hidden="true" focusable="false" />
        {title}
      </summary>
      <ul>
        {unique.map((s) => (
          <li key={`${s.citation}-${s.confidence}`}>
            <span className="citation-name">{s.citation}</span> ({s.confidence}:{' '}
            {confidenceWords(s.confidence)})
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The sources in first-seen order, each citation once (the surest confidence wins when one is listed twice). */
export function uniqueSources(sources: LegalSource[]): LegalSource[] {
  const rank: Record<Confidence, number> = { PRIMARY: 0, SECONDARY: 1, UNCONFIRMED: 2 };
  const byCitation = new Map<string, LegalSource>();
  for (const s of sources) {
    const seen = byCitation.get(s.citation);
    if (!seen || rank[s.confidence] < rank[seen.confidence])
      byCitation.set(s.citation, seen ? { ...seen, confidence: s.confidence } : s);
  }
  return [...byCitation.values()];
}
