import path from 'node:path';
import type { Command } from 'commander';
import { EVIDENCE_PURPOSES, type EvidencePurpose } from '@iep/core/contract';
import { buildEvidenceBinderLocally, EvidenceRefused } from '@iep/server';
import { CliError } from '../cli-errors.js';
import type { CliContext } from '../cli-context.js';
import { printJson } from '../output.js';
import { actingUserId, withStorage } from '../storage-session.js';

// `iep binder`: the evidence binder of a stored case (the same build as the app's: a PDF with every exhibit stamped,
// and a ZIP of the originals), written to the paths given.

export function registerBinderCommand(program: Command, context: CliContext): void {
  program
    .command('binder')
    .description(
      'Build the evidence binder of a case: one PDF (and a ZIP of the originals) for a complaint or hearing.',
    )
    .requiredOption('--case <id>', 'the stored case')
    .requiredOption('--out <file.pdf>', 'where to write the binder PDF')
    .option('--zip <file.zip>', 'also write the originals (letters, documents, clips) as a ZIP')
    .option('--purpose <purpose>', `what it is for: ${EVIDENCE_PURPOSES.join(', ')}`, 'state-complaint')
    .option(
      '--include <ids>',
      'only these, comma-separated (ids from GET /api/cases/:id/evidence-binder/materials); default: everything',
    )
    .option('--user <email>', 'act as this account (default: the owner)')
    .option('--json', 'print the build as JSON (id, exhibits, pages, sizes, SHA-256 of the PDF)')
    .addHelpText('after', '\nExample:\n  iep binder --case CASE_ID --out binder.pdf --zip originals.zip')
    .action(
      async (options: {
        case: string;
        out: string;
        zip?: string;
        purpose: string;
        include?: string;
        user?: string;
        json?: boolean;
      }) => {
        if (!(EVIDENCE_PURPOSES as readonly string[]).includes(options.purpose))
          throw new CliError(`--purpose must be one of: ${EVIDENCE_PURPOSES.join(', ')}.`, 2);
        const include = options.include
          ?.split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
        const build = await withStorage(context, async (ctx) =>
          buildEvidenceBinderLocally(ctx, {
            ownerId: await actingUserId(ctx.storage, options.user),
            caseId: options.case,
            purpose: options.purpose as EvidencePurpose,
            ...(include ? { include } : {}),
            pdfOut: path.resolve(options.out),
            ...(options.zip ? { zipOut: path.resolve(options.zip) } : {}),
          }).catch((error: unknown) => {
            if (error instanceof EvidenceRefused) throw new CliError(error.message);
            throw error;
          }),
        );
        if (options.json) {
          printJson({
            id: build.id,
            exhibits: build.exhibits,
            pages: build.pages,
            pdf: path.resolve(options.out),
            pdfBytes: build.pdfBytes,
            pdfSha256: build.pdfSha256,
            zip: options.zip ? path.resolve(options.zip) : null,
            zipBytes: options.zip ? build.zipBytes : null,
          });
          return;
        }
        console.log(`Wrote ${options.out}: ${build.exhibits ?? 0} exhibits, ${build.pages ?? 0} pages.`);
        if (options.zip) console.log(`Wrote ${options.zip}: the originals and their SHA-256 list.`);
      },
    );
}
