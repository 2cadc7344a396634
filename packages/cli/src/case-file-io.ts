import { readFile } from 'node:fs/promises';
import { parseCaseFileText, type CaseFile } from '@iep/core';
import { CliError } from './cli-errors.js';

/** Size above which a case file is refused before parsing (the same limit as the web import). */
export const MAX_CASE_FILE_BYTES = 5 * 1024 * 1024;

/** Reads and validates a case file; every problem is reported with its JSON path. */
export async function readCaseFile(path: string): Promise<CaseFile> {
  let text: string;
  try {
    const buffer = await readFile(path);
    if (buffer.byteLength > MAX_CASE_FILE_BYTES) {
      throw new CliError(
        `The file ${path} is larger than 5 MB. A case file is much smaller; check that this is the right file.`,
      );
    }
    text = buffer.toString('utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`There is no file at ${path}. Check the name and the folder.`);
    if (code === 'EISDIR') throw new CliError(`${path} is a folder, not a case file.`);
    throw new CliError(`Could not read ${path}: ${(error as Error).message}`);
  }
  const parsed = parseCaseFileText(text);
  if (!parsed.ok) {
    throw new CliError(
      `The case file ${path} has ${parsed.problems.length} problem(s). Nothing was changed.`,
      1,
      parsed.problems.map((p) => `${p.path}: ${p.message}`),
    );
  }
  return parsed.value;
}
