// Search results show the matching words marked. The server sends snippets as parts; these helpers make the
// same parts from a text and a query (for hits without a snippet) and tidy parts before they are shown.

export interface Part {
  text: string;
  highlight: boolean;
}

export interface Range {
  from: number;
  to: number;
}

/** Sorts ranges, drops empty ones, clamps them to the text and joins overlapping or touching ones. */
export function mergeRanges(ranges: readonly Range[], length: number): Range[] {
  const clean = ranges
    .map((r) => ({ from: Math.max(0, Math.min(r.from, length)), to: Math.max(0, Math.min(r.to, length)) }))
    .filter((r) => r.to > r.from)
    .sort((a, b) => a.from - b.from);
  const out: Range[] = [];
  for (const r of clean) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

/** Cuts a text into plain and marked parts by character ranges ([from, to), any order, may overlap). */
export function rangesToParts(text: string, ranges: readonly Range[]): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const r of mergeRanges(ranges, text.length)) {
    if (r.from > at) parts.push({ text: text.slice(at, r.from), highlight: false });
    parts.push({ text: text.slice(r.from, r.to), highlight: true });
    at = r.to;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), highlight: false });
  return parts;
}

/** The words of a search box, lower case, without quotes or operators; short noise like "a" is kept out. */
export function queryTerms(query: string): string[] {
  const words = query
    .toLowerCase()
    .replace(/["()*:^]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 1 && !['and', 'or', 'not', 'near'].includes(w));
  return [...new Set(words)];
}

/** Where the query's words start words of the text (prefix match, case-insensitive), as ranges. */
export function findRanges(text: string, query: string): Range[] {
  const lower = text.toLowerCase();
  const ranges: Range[] = [];
  for (const term of queryTerms(query)) {
    let from = lower.indexOf(term);
    while (from >= 0) {
      const before = from === 0 ? '' : (lower[from - 1] ?? '');
      if (!/[\p{L}\p{N}]/u.test(before)) {
        let to = from + term.length;
        // Mark the whole word, as full-text search matches "promise" in "promised".
        while (to < lower.length && /[\p{L}\p{N}']/u.test(lower[to] ?? '')) to += 1;
        ranges.push({ from, to });
      }
      from = lower.indexOf(term, from + 1);
    }
  }
  return ranges;
}

/** Marks the query's words in a text. */
export function highlightParts(text: string, query: string): Part[] {
  return rangesToParts(text, findRanges(text, query));
}

/** Joins neighbouring parts of the same kind and drops empty ones (servers may split a snippet oddly). */
export function tidyParts(parts: readonly Part[]): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    if (!p.text) continue;
    const last = out[out.length - 1];
    if (last && last.highlight === p.highlight) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/** The parts to show for a hit: the server's snippet when it has one, else the query marked in the text. */
export function hitParts(hit: { text: string; snippet?: readonly Part[] | null }, query: string): Part[] {
  const snippet = tidyParts(hit.snippet ?? []);
  return snippet.length > 0 ? snippet : highlightParts(hit.text, query);
}
