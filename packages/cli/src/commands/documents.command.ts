import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, isIsoDate } from '@iep/core';
import { addDocumentFile, caseDocuments, checkNoticeFile, DocumentRefused } from '@iep/server';
import { CliError } from '../cli-errors.js';
import type { CliContext } from '../cli-context.js';
import { printJson } from '../output.js';
import { actingUserId, withStorage } from '../storage-session.js';

// `iep documents add|list`: the binder of a stored case (the same services as the server: sniffed, encrypted,
// read page by page, OCR for scans). `iep check-pwn FILE`: the Prior Written Notice (Notice of Action) check of a
// file on disk, without storing it.

const DEFAULT_ZONE = 'America/Chicago';

function existingFile(file: string): string {
  try {
    if (fs.statSync(file).isFile()) return path.resolve(file);
  } catch {
    // Said below.
  }
  throw new CliError(`There is no file at ${file}.`, 2);
}

function checkDate(date: string | undefined): string | undefined {
  if (date !== undefined && !isIsoDate(date))
    throw new CliError('Write the date as YYYY-MM-DD, like 2026-11-16.', 2);
  return date;
}

function refused<T>(work: () => Promise<T>): Promise<T> {
  return work().catch((error: unknown) => {
    if (error instanceof DocumentRefused) throw new CliError(error.message);
    throw error;
  });
}

export function registerDocumentsCommand(program: Command, context: CliContext): void {
  const documents = program.command('documents').description("A case's binder: the school's documents.");

  documents
    .command('add <file>')
    .description('Add a document (PDF, Word, photo, email, text) to a case and read its text now.')
    .requiredOption('--case <id>', 'the stored case')
    .option('--kind <kind>', `what it is: ${DOCUMENT_KINDS.join(', ')}`)
    .option('--date <date>', 'the date printed on it, YYYY-MM-DD')
    .option('--title <words>', 'its name in the binder (default: the file name)')
    .option('--user <email>', 'act as this account (default: the owner)')
    .option('--json', 'print the document as JSON')
    .action(
      async (
        file: string,
        options: {
          case: string;
          kind?: string;
          date?: string;
          title?: string;
          user?: string;
          json?: boolean;
        },
      ) => {
        const full = existingFile(file);
        if (options.kind !== undefined && !(DOCUMENT_KINDS as readonly string[]).includes(options.kind))
          throw new CliError(`--kind must be one of: ${DOCUMENT_KINDS.join(', ')}.`, 2);
        const date = checkDate(options.date);
        await withStorage(context, async (ctx) => {
          const ownerId = await actingUserId(ctx.storage, options.user);
          const listed = await caseDocuments(ctx, ownerId, options.case);
          if (listed.kind !== 'ok') throw new CliError(`There is no case ${options.case} for this account.`);
          const fields: Record<string, string> = {};
          if (options.kind !== undefined) fields['kind'] = options.kind;
          if (date !== undefined) fields['documentDate'] = date;
          if (options.title !== undefined) fields['title'] = options.title;
          const added = await refused(() => addDocumentFile(ctx, options.case, full, fields));
          const d = added.document;
          if (options.json)
            printJson({
              id: d.id,
              kind: d.kind,
              title: d.title,
              status: d.status,
              pages: d.pagesTotal,
              ocrPages: d.ocrPages,
              documentDate: d.documentDate,
              duplicate: added.duplicate,
              error: d.error,
            });
          else {
            console.log(
              added.duplicate
                ? added.message
                : `Added "${d.title}" (${DOCUMENT_KIND_LABELS[d.kind]}): ${d.id}`,
            );
            if (d.status === 'failed') console.log(d.error ?? 'Its text could not be read.');
          }
          if (d.status === 'failed') process.exitCode = 1;
        });
      },
    );

  documents
    .command('list')
    .description("List a case's documents, newest first.")
    .requiredOption('--case <id>', 'the stored case')
    .option('--user <email>', 'act as this account (default: the owner)')
    .option('--json', 'print JSON')
    .action(async (options: { case: string; user?: string; json?: boolean }) => {
      await withStorage(context, async (ctx) => {
        const ownerId = await actingUserId(ctx.storage, options.user);
        const result = await caseDocuments(ctx, ownerId, options.case);
        if (result.kind !== 'ok') throw new CliError(`There is no case ${options.case} for this account.`);
        if (options.json) printJson(result.value);
        else if (result.value.documents.length === 0) console.log('No documents in this case yet.');
        else
          for (const d of result.value.documents)
            console.log(
              `${d.id}  ${d.documentDate ?? 'no date'}  ${DOCUMENT_KIND_LABELS[d.kind]}  ${d.title}  (${d.status})`,
            );
      });
    });

  program
    .command('check-pwn <file>')
    .description(
      'Check a Prior Written Notice (Notice of Action) file for the seven parts 34 CFR 300.503(b) lists (PDF with or without text, photo, Word, email, text).',
    )
    .option('--plan <type>', 'IEP (default) or 504', 'IEP')
    .option('--date <date>', 'the date printed on the notice, YYYY-MM-DD (else found in it)')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { plan: string; date?: string; json?: boolean }) => {
      const full = existingFile(file);
      if (options.plan !== 'IEP' && options.plan !== '504')
        throw new CliError('--plan must be IEP or 504.', 2);
      const date = checkDate(options.date);
      const today = DateTime.fromJSDate(context.clock()).setZone(DEFAULT_ZONE).toISODate() ?? '';
      const { check, timing } = await refused(() =>
        checkNoticeFile(full, {
          planType: options.plan as 'IEP' | '504',
          today,
          ...(date ? { noticeDate: date } : {}),
        }),
      );
      if (options.json) {
        printJson({
          elements: check.elements.map((e) => ({
            n: e.n,
            name: e.name,
            found: e.found,
            quote: e.quote,
            page: e.page,
            citation: e.citation,
            note: e.note,
          })),
          missing: check.missing,
          basis: check.basis,
          decision: check.decision,
          timing,
        });
        return;
      }
      console.log(check.basis.words);
      for (const e of check.elements) {
        console.log(`${e.n}. ${e.name} (${e.citation}): ${e.found ? 'found' : 'missing'}`);
        if (e.quote) console.log(`   "${e.quote}"${e.page ? ` (page ${e.page})` : ''}`);
        if (e.note) console.log(`   ${e.note}`);
      }
      console.log(timing.words);
    });
}
