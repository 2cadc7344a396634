import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../data/read-upload.js';
import { ROUTE_MATRIX } from '../test-support/route-matrix.js';
import { CHUNK_LIMIT_BYTES } from '../recordings/recordings.routes.js';
import { MAX_UPLOAD_BYTES } from '../recordings/uploads.routes.js';
import { SECURITY_HEADERS } from './security.js';

// docs/security.md must stay true: the headers, the limits and their defaults, and the routes open without a
// session are read from the code here and must each be named there.

const doc = fs.readFileSync(new URL('../../../../docs/security.md', import.meta.url), 'utf8');
const configSource = fs.readFileSync(new URL('../config.ts', import.meta.url), 'utf8');
const readme = fs.readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');

/** The line of the doc that names a setting (its table row). */
const lineOf = (name: string) =>
  doc.split('\n').find((line) => line.includes(`\`${name}\``) && line.startsWith('|'));

describe('docs/security.md', () => {
  it('names every security header the server sends', () => {
    for (const name of Object.keys(SECURITY_HEADERS))
      expect(doc.toLowerCase(), name).toContain(`\`${name.toLowerCase()}\``);
  });

  it('names every limit and rate limit setting of config.ts with its default', () => {
    // int('IEP_X', default, min, max) and bool('IEP_X', default): the default as written in config.ts.
    const settings = [...configSource.matchAll(/(?:int|bool)\('(IEP_\w+)', ([^,)]+)[,)]/g)].map(
      ([, name, raw]) => ({
        name: name ?? '',
        value: /^(true|false)$/.test(raw ?? '')
          ? String(raw)
          : String(
              (raw ?? '')
                .split('*')
                .reduce((product, factor) => product * Number(factor.replace(/_/g, '')), 1),
            ),
      }),
    );
    // The port is where the app listens, not a limit.
    const limits = settings.filter((s) => s.name !== 'IEP_PORT');
    expect(limits.map((s) => s.name)).toContain('IEP_BODY_LIMIT_BYTES');
    for (const { name, value } of limits) {
      const line = lineOf(name);
      expect(line, `${name} has no row in docs/security.md`).toBeDefined();
      expect(line, name).toMatch(new RegExp(`\\|\\s*${value}\\b`));
    }
  });

  it('gives the fixed upload limits in bytes', () => {
    for (const bytes of [CHUNK_LIMIT_BYTES, MAX_UPLOAD_BYTES, MAX_IMPORT_BYTES])
      expect(doc).toContain(String(bytes));
  });

  it('lists every route open without a session, and the number of routes the matrix checks', () => {
    const open = ROUTE_MATRIX.filter((entry) => entry.access === 'public').map((entry) => entry.route);
    const listed = [...doc.matchAll(/^\| `((?:GET|POST|PUT|PATCH|DELETE|HEAD) \/[^`]*)`/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(open.sort());
    expect(doc).toContain('authorization.medium.test.ts');
    expect(doc).toContain(`${ROUTE_MATRIX.length} routes`);
  });

  it('is linked from the README, which says how to report a problem privately', () => {
    expect(readme).toContain('docs/security.md');
    expect(readme).toMatch(/private security advisory/);
  });
});
