import fs from 'node:fs';
import { CASE_PERMISSIONS, CASE_ROLES, ROLE_LABELS, roleMay } from '@iep/core';
import { describe, expect, it } from 'vitest';

// docs/security.md's "Who may do what on a shared case" must say what core's role table (sharing/roles.ts) does:
// a column per role, a row per permission (named in backticks at the start of its first cell), and "Yes" exactly
// where roleMay allows it. Change one and this fails until the other follows.

const doc = fs.readFileSync(new URL('../../../../docs/security.md', import.meta.url), 'utf8');
const HEADING = '## Who may do what on a shared case';

interface PolicyTable {
  roles: string[];
  rows: { permission: string; cells: string[] }[];
}

/** The section's table: its header cells after the first, and each row's permission and cells. */
function policyTable(markdown: string): PolicyTable {
  const start = markdown.indexOf(HEADING);
  if (start < 0) return { roles: [], rows: [] };
  const rest = markdown.slice(start + HEADING.length);
  const end = rest.indexOf('\n## ');
  const lines = (end < 0 ? rest : rest.slice(0, end)).split('\n').filter((line) => line.startsWith('|'));
  const cellsOf = (line: string) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
  const [header, , ...body] = lines;
  return {
    roles: cellsOf(header ?? '').slice(1),
    rows: body.map((line) => {
      const [first = '', ...cells] = cellsOf(line);
      return { permission: /^`([^`]+)`/.exec(first)?.[1] ?? first, cells };
    }),
  };
}

describe("docs/security.md's table of who may do what on a shared case", () => {
  const table = policyTable(doc);

  it('has a column for every role of the role table, in its order', () => {
    expect(table.roles).toEqual(CASE_ROLES.map((role) => ROLE_LABELS[role]));
  });

  it('has one row for every permission, and names no other', () => {
    expect(table.rows.map((row) => row.permission).sort()).toEqual([...CASE_PERMISSIONS].sort());
  });

  it('says Yes exactly where the role table allows it', () => {
    for (const row of table.rows)
      CASE_ROLES.forEach((role, column) => {
        const allowed = roleMay(role, row.permission as (typeof CASE_PERMISSIONS)[number]);
        expect(row.cells[column], `${role} ${row.permission}`).toBe(allowed ? 'Yes' : 'No');
      });
  });

  it('is read by a parser that notices a change (a sanity check)', () => {
    const changed = doc.replace(/(\| `read`:[^|]*\|[^|]*\|[^|]*\|[^|]*\|) Yes /, '$1 No  ');
    expect(changed).not.toBe(doc);
    const viewerRead = policyTable(changed).rows.find((row) => row.permission === 'read')?.cells[3];
    expect(viewerRead).toBe('No');
    expect(roleMay('viewer', 'read')).toBe(true);
  });
});
