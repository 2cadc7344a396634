import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The server's folder map, checked from the imports themselves (ARCHITECTURE.md, "Adding a feature"). A folder
// under src/ is one node; a file directly in src/ (config.ts, ids.ts, index.ts, start-server.ts) is its own node.
// Tests, test helpers, test-support/ and test-fixtures/ are left out: they may reach anywhere.

const SRC = path.dirname(fileURLToPath(import.meta.url));
/** The feature folders: each holds its routes, service and repository. */
const FEATURES = [
  'accounts',
  'cases',
  'plan',
  'recordings',
  'transcripts',
  'letters',
  'data',
  'backup',
  'binder',
  'companion',
  'escalation',
  'links',
  'sharing',
];
/** Plan reads everything (letters sent, confirmed promises, done marks): nothing below may read it back. */
const TOP_FEATURE = 'plan';

function isTestFile(relative: string): boolean {
  return (
    /\.test\.tsx?$/.test(relative) ||
    /\.test-helper\.ts$/.test(relative) ||
    relative.startsWith('test-support/') ||
    relative.startsWith('test-fixtures/')
  );
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !isTestFile(path.relative(SRC, full).split(path.sep).join('/'))
      ? [full]
      : [];
  });
}

function nodeOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0] ?? '';
}

interface Edge {
  from: string;
  to: string;
  file: string;
  target: string;
}

/** Every import between two nodes, from `import`, `export ... from` and `import()` (type-only ones too). */
function folderEdges(): { edges: Edge[]; files: number } {
  const files = sourceFiles(SRC);
  const edges: Edge[] = [];
  for (const file of files) {
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const imported of info.importedFiles) {
      if (!imported.fileName.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), imported.fileName);
      const from = nodeOf(file);
      const to = nodeOf(target);
      if (from !== to)
        edges.push({
          from,
          to,
          file: path.relative(SRC, file),
          target: path.relative(SRC, target),
        });
    }
  }
  return { edges, files: files.length };
}

/** The groups of nodes that reach each other (Tarjan's strongly connected components), larger than one. */
function cycles(edges: Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    if (!next.has(from)) next.set(from, new Set());
    if (!next.has(to)) next.set(to, new Set());
    next.get(from)?.add(to);
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return found;
}

const show = (list: Edge[]) => list.map((e) => `${e.file} -> ${e.target}`);

describe('server folder map', () => {
  const { edges, files } = folderEdges();

  it('reads the real source tree', () => {
    // Guards against a walk that finds nothing and so passes every rule below.
    expect(files).toBeGreaterThan(100);
    expect(edges.some((e) => e.from === 'index.ts' && e.to === 'db')).toBe(true);
  });

  it('has no import cycle between folders', () => {
    const groups = cycles(edges);
    const inGroups = groups.map((group) =>
      show(edges.filter((e) => group.includes(e.from) && group.includes(e.to))),
    );
    expect(inGroups).toEqual([]);
  });

  it('keeps db/ to schema, migrations and opening storage (no feature imports)', () => {
    expect(show(edges.filter((e) => e.from === 'db' && FEATURES.includes(e.to)))).toEqual([]);
  });

  it('keeps media/ to pure ffmpeg wrappers (no feature imports)', () => {
    expect(show(edges.filter((e) => e.from === 'media' && FEATURES.includes(e.to)))).toEqual([]);
  });

  it('keeps context/ below the features, and app/ above them all (features get the context handed in)', () => {
    expect(show(edges.filter((e) => e.from === 'context' && FEATURES.includes(e.to)))).toEqual([]);
    expect(show(edges.filter((e) => e.to === 'app' && !e.from.endsWith('.ts')))).toEqual([]);
  });

  it('lets no feature import plan/, the top consumer', () => {
    expect(
      show(edges.filter((e) => e.to === TOP_FEATURE && FEATURES.includes(e.from) && e.from !== TOP_FEATURE)),
    ).toEqual([]);
  });

  it('keeps routes to HTTP: no routes file reads a repository (a service does, with the rules)', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => file.endsWith('.routes.ts'))
      .flatMap((file) =>
        ts
          .preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
          .importedFiles.filter((imported) => /\.repository(\.js)?$/.test(imported.fileName))
          .map((imported) => `${path.relative(SRC, file)} -> ${imported.fileName}`),
      );
    expect(sourceFiles(SRC).filter((file) => file.endsWith('.routes.ts')).length).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });

  it('has no services/ folder left', () => {
    expect(fs.existsSync(path.join(SRC, 'services'))).toBe(false);
  });
});
