import fs from 'node:fs';
import { ROUTES, routeParts } from '@iep/core/contract';
import { describe, expect, it } from 'vitest';

// docs/api.md must stay true to the HTTP contract (@iep/core/contract): every route of the contract is a row of one
// of its route tables (first cell "METHOD /path", a query string or `{param}` allowed), and every row names a
// route of the contract. The contract itself is checked against the running server (contract-conformance).

const doc = fs.readFileSync(new URL('../../../../docs/api.md', import.meta.url), 'utf8');

/** "METHOD /path" of each route table row, written as the contract writes it (`:param`, no query string). */
function documentedRoutes(markdown: string): string[] {
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) continue;
    const first = (line.split('|')[1] ?? '').replaceAll('`', '').trim();
    const match = /^(GET|HEAD|POST|PUT|PATCH|DELETE) (\/\S*)$/.exec(first);
    if (!match) continue;
    const path = (match[2] ?? '').split('?')[0]?.replace(/\{(\w+)\}/g, ':$1') ?? '';
    out.push(`${match[1]} ${path}`);
  }
  return out;
}

describe('docs/api.md and the HTTP contract', () => {
  const documented = documentedRoutes(doc);

  it('reads the route tables (a sanity check of the parser)', () => {
    expect(documented).toContain('GET /api/health');
    expect(documented).toContain('HEAD /api/uploads/:uploadId');
    expect(documented).toContain('GET /api/cases/:id/transcripts/search');
  });

  it('documents every route of the contract', () => {
    const missing = Object.keys(ROUTES).filter((key) => !documented.includes(key));
    expect(missing).toEqual([]);
  });

  it('documents no route the contract does not have, and each once', () => {
    const keys: string[] = Object.keys(ROUTES);
    expect(documented.filter((key) => !keys.includes(key))).toEqual([]);
    expect(documented.length).toBe(new Set(documented).size);
  });

  it('splits every contract key into a method and a path', () => {
    for (const key of Object.keys(ROUTES)) {
      const { method, path } = routeParts(key);
      expect(`${method} ${path}`).toBe(key);
      expect(path.startsWith('/')).toBe(true);
    }
  });
});
