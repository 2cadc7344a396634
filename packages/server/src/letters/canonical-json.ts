// JSON with object keys sorted, so two values that differ only in key order give the same text (the dedupe of
// appended letter items uses it). Written as a loop over an explicit stack, not as recursion: data from a request
// may be nested deeper than the call stack allows (the JSON depth limit stops that at the door; this stays safe
// behind it, for any caller).

type Work = { value: unknown } | string;

export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  const stack: Work[] = [{ value }];
  while (stack.length > 0) {
    const work = stack.pop() as Work;
    if (typeof work === 'string') {
      out.push(work);
      continue;
    }
    const v = work.value;
    const pieces: Work[] = [];
    if (Array.isArray(v)) {
      pieces.push('[');
      for (let i = 0; i < v.length; i++) {
        if (i > 0) pieces.push(',');
        pieces.push({ value: v[i] as unknown });
      }
      pieces.push(']');
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
      pieces.push('{');
      entries.forEach(([key, item], i) => {
        pieces.push(`${i > 0 ? ',' : ''}${JSON.stringify(key)}:`, { value: item });
      });
      pieces.push('}');
    } else {
      out.push(JSON.stringify(v) ?? 'null');
      continue;
    }
    // Last piece first: the stack gives them back in order.
    for (let i = pieces.length - 1; i >= 0; i--) stack.push(pieces[i] as Work);
  }
  return out.join('');
}
