import type { Command } from 'commander';
import { addModel, installModel, listModels, loadConfig, ModelError, type ModelManifest } from '@iep/server';
import { CliError } from '../cli-errors.js';
import { printJson } from '../output.js';
import type { CliContext } from '../cli-context.js';
import { engineErrors, modelsDirFor, progressReporter } from './transcribe.command.js';

// `iep models`: the speech models in the data folder. Install needs internet (the sherpa-onnx releases on
// GitHub, or IEP_MODEL_DOWNLOAD_URL) and runs the app's download (resumable, checksum checked); add takes a model
// already on this computer (a folder, a .tar.bz2 release file, or an .onnx file).

const BY_HAND =
  'You can also download the file on another computer and add it here with `iep models add PATH` (see `iep models list`).';

const megabytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1e6))} MB`;

function describe(manifest: ModelManifest): string[] {
  const bytes = manifest.files.reduce((s, f) => s + f.bytes, 0);
  return [
    `Installed ${manifest.name} (${manifest.kind === 'asr' ? 'speech to text' : 'speaker voices'}, ${manifest.type}, ${megabytes(bytes)}).`,
    manifest.publisherSha256
      ? `Checked against the publisher's checksum (sha256 ${manifest.publisherSha256}).`
      : manifest.sourceSha256
        ? `The publisher gives no checksum. What was installed has sha256 ${manifest.sourceSha256}: compare it with another copy if you want to be sure.`
        : 'The publisher gives no checksum; the sha256 of each file is in its manifest.json.',
  ];
}

export function registerModelsCommand(program: Command, context: CliContext): void {
  const models = program
    .command('models')
    .description('Speech models: list, install (needs internet), add from disk.');

  models
    .command('list')
    .description('Show installed models, the ones you can install, and the built-in engines.')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => {
      const listing = listModels(modelsDirFor(context), context.env);
      if (options.json) {
        printJson(listing);
        return;
      }
      console.log('Installed:');
      if (listing.installed.length === 0) console.log('  none');
      for (const m of listing.installed)
        console.log(
          `  ${m.name.padEnd(24)} ${m.type.padEnd(18)} ${m.problem ? `NOT USABLE: ${m.problem}` : 'ready'}`,
        );
      for (const name of listing.incomplete)
        console.log(`  ${name.padEnd(24)} incomplete install (delete the folder)`);
      console.log('\nAvailable to install (iep models install NAME):');
      for (const e of listing.catalog.filter((c) => !c.installed))
        console.log(`  ${e.name.padEnd(24)} ${e.description}`);
      console.log('\nBuilt in:');
      console.log(
        `  voice detector: ${listing.vad.name}, ${listing.vad.ready ? 'ready' : `NOT USABLE: ${listing.vad.problem ?? ''}`}`,
      );
      console.log(
        `  pocketsphinx (basic engine): ${listing.pocketsphinx.available ? 'installed' : (listing.pocketsphinx.reason ?? 'not installed')}`,
      );
    });

  models
    .command('install <name>')
    .description('Download a model from the sherpa-onnx releases and install it.')
    .option('--json', 'print the manifest as JSON')
    .action(async (name: string, options: { json?: boolean }) => {
      const progress = progressReporter(
        `Downloading ${name}`,
        Boolean(process.stderr.isTTY) && !options.json,
      );
      const config = loadConfig(context.env);
      if (!config.modelDownloads)
        throw new CliError(`Model downloads are turned off (IEP_MODEL_DOWNLOADS=false). ${BY_HAND}`);
      try {
        const manifest = await engineErrors(() =>
          installModel(name, modelsDirFor(context), {
            now: context.clock,
            baseUrl: config.modelDownloadUrl,
            onProgress: (received, total) => {
              if (total) progress.update(received / total);
            },
          }).catch((error: unknown) => {
            if (error instanceof ModelError) throw new ModelError(`${error.message} ${BY_HAND}`);
            throw error;
          }),
        );
        progress.stop();
        if (options.json) printJson(manifest);
        else for (const line of describe(manifest)) console.log(line);
      } catch (error) {
        progress.stop();
        throw error;
      }
    });

  models
    .command('add <path>')
    .description('Install a model that is already on this computer (folder, .tar.bz2 or .onnx file).')
    .option('--name <name>', 'the name to give it (default: from the file name)')
    .option(
      '--kind <kind>',
      'asr (speech to text) or speaker (voices), when it cannot be told from the files',
    )
    .option('--json', 'print the manifest as JSON')
    .action(async (source: string, options: { name?: string; kind?: string; json?: boolean }) => {
      if (options.kind !== undefined && options.kind !== 'asr' && options.kind !== 'speaker')
        throw new CliError('--kind must be asr or speaker.', 2);
      const kind = options.kind as 'asr' | 'speaker' | undefined;
      const manifest = await engineErrors(() =>
        addModel(source, modelsDirFor(context), {
          ...(options.name !== undefined ? { name: options.name } : {}),
          ...(kind ? { kind } : {}),
          now: context.clock,
        }),
      );
      if (options.json) printJson(manifest);
      else for (const line of describe(manifest)) console.log(line);
    });
}
