import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  IMPORT_KINDS,
  isImportKind,
  mergeImport,
  parseCaseFile,
  type ImportKind,
  type ImportMapping,
  type ImportProblem,
} from '@iep/core';
import { checkImport, commitImport, MAX_IMPORT_BYTES, UploadError, type ImportUpload } from '@iep/server';
import { CliError } from '../cli-errors.js';
import { readCaseFile } from '../case-file-io.js';
import { printJson } from '../output.js';
import { actingUserId, withStorage } from '../storage-session.js';
import type { CliContext } from '../cli-context.js';

// `iep import`: rows from a CSV or XLSX export (probes, progress reports, service log, test results) merged into
// a case file or a stored case, only after every row has been checked.

interface ImportOptions {
  case?: string;
  caseId?: string;
  user?: string;
  out?: string;
  onlyClean?: boolean;
  mapping?: string;
  json?: boolean;
}

const where = (p: ImportProblem) =>
  `${p.file}, row ${p.row}${p.column === '' ? '' : `, column "${p.column}"`}: ${p.message}`;

function problemsError(problems: readonly ImportProblem[]): CliError {
  return new CliError(
    `The file has ${problems.length} problem(s), so nothing was imported. Fix them, or run again with --only-clean to import only the rows without problems.`,
    1,
    problems.map(where),
  );
}

function parseMapping(text: string | undefined): ImportMapping | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  const ok =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => v === null || typeof v === 'string');
  if (!ok) throw new CliError('--mapping must be JSON like {"score": "WCPM", "date": "Probe Date"}.', 2);
  return value as ImportMapping;
}

async function readUpload(path: string): Promise<Buffer> {
  try {
    const data = await readFile(path);
    if (data.byteLength > MAX_IMPORT_BYTES)
      throw new CliError(`The file ${path} is larger than 10 MB. Split it into smaller files.`);
    return data;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`There is no file at ${path}. Check the name and the folder.`);
    if (code === 'EISDIR') throw new CliError(`${path} is a folder, not a file.`);
    throw new CliError(`Could not read ${path}: ${(error as Error).message}`);
  }
}

/** Turns a refused upload (wrong type, unreadable spreadsheet) into a plain CLI error. */
async function plain<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UploadError) throw new CliError(error.message);
    throw error;
  }
}

async function intoCaseFile(upload: ImportUpload, options: ImportOptions & { case: string }) {
  const caseFile = await readCaseFile(options.case);
  const checked = await plain(() => checkImport(caseFile, upload));
  if (checked.problems.length > 0 && !options.onlyClean) throw problemsError(checked.problems);
  const merged = parseCaseFile(mergeImport(caseFile, upload.kind, checked.cleanRecords));
  if (!merged.ok)
    throw new CliError(
      'The rows are fine, but the case would break a limit of the case file. Nothing was written.',
      1,
      merged.problems.map((p) => `${p.path}: ${p.message}`),
    );
  const target = options.out ?? options.case;
  await writeFile(target, `${JSON.stringify(merged.value, null, 2)}\n`);
  return {
    imported: checked.cleanRecords.length,
    skipped: checked.rowsTotal - checked.cleanRecords.length,
    problems: checked.problems,
    target,
  };
}

async function intoStoredCase(
  context: CliContext,
  upload: ImportUpload,
  options: ImportOptions & { caseId: string },
) {
  return withStorage(context, async ({ storage }) => {
    const owner = await actingUserId(storage, options.user);
    const result = await plain(() =>
      commitImport(storage, owner, options.caseId, { ...upload, onlyClean: options.onlyClean === true }),
    );
    switch (result.kind) {
      case 'ok':
        return {
          imported: result.value.imported,
          skipped: result.value.skipped,
          problems: [] as ImportProblem[],
          target: `case ${options.caseId} (version ${result.value.case.version})`,
        };
      case 'has-problems':
        throw problemsError(result.problems);
      case 'not-found':
        throw new CliError(`There is no case with the id ${options.caseId} for this account.`);
      case 'invalid':
        throw new CliError(
          'The rows are fine, but the case would break a limit of the case file. Nothing was saved.',
          1,
          result.problems.map((p) => `${p.path}: ${p.message}`),
        );
      case 'conflict':
        throw new CliError(result.message);
    }
  });
}

export function registerImportCommand(program: Command, context: CliContext): void {
  program
    .command('import')
    .description(
      'Check rows from a CSV or XLSX export and add them to a case. Nothing is added while any row has a problem, unless you pass --only-clean.',
    )
    .argument('<kind>', `what the file holds: ${IMPORT_KINDS.join(', ')}`)
    .argument('<file>', 'the CSV or XLSX file (first row: column names)')
    .option('--case <file>', 'the case file to add the rows to (written back unless --out is given)')
    .option('--case-id <id>', 'a case in the data folder (or DATABASE_URL) instead of a case file')
    .option('--user <email>', 'with --case-id: the account that owns the case (default: the owner account)')
    .option('--out <file>', 'with --case: write the new case file here instead of over --case')
    .option('--only-clean', 'import the rows without problems and skip the others')
    .option('--mapping <json>', 'which column holds each field, like {"score": "WCPM"}')
    .option('--json', 'print JSON ({"imported", "skipped", "problems"})')
    .action(async (kind: string, file: string, options: ImportOptions) => {
      if (!isImportKind(kind))
        throw new CliError(`"${kind}" is not a kind of import. Use one of: ${IMPORT_KINDS.join(', ')}.`, 2);
      if ((options.case === undefined) === (options.caseId === undefined))
        throw new CliError('Give either --case FILE (a case file) or --case-id ID (a stored case).', 2);
      if (options.out !== undefined && options.case === undefined)
        throw new CliError('--out goes with --case (a case file).', 2);
      const upload: ImportUpload = {
        kind: kind as ImportKind,
        fileName: file.split(/[\\/]/).pop() ?? file,
        data: await readUpload(file),
        mapping: parseMapping(options.mapping),
      };
      const done =
        options.case !== undefined
          ? await intoCaseFile(upload, { ...options, case: options.case })
          : await intoStoredCase(context, upload, { ...options, caseId: options.caseId ?? '' });
      if (options.json) {
        printJson({ imported: done.imported, skipped: done.skipped, problems: done.problems });
        return;
      }
      console.log(`Imported ${done.imported} row(s) into ${done.target}.`);
      if (done.skipped > 0) {
        console.log(`Skipped ${done.skipped} row(s) with problems:`);
        for (const p of done.problems) console.log(`  - ${where(p)}`);
      }
    });
}
