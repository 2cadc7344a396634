import path from 'node:path';
import { findCatalogEntry } from './models/catalog.js';
import {
  POCKETSPHINX_INSTALL,
  pocketsphinxInfo,
  pocketsphinxRecognizer,
  pocketsphinxStatus,
} from './pocketsphinx.js';
import type { Recognizer } from './recognizer.js';
import { accuracyNoteFor, installedModels, modelProblem } from './sherpa-models.js';
import { sherpaRecognizer } from './sherpa-recognizer.js';
import { hasSpeakerModel } from './speakers.js';
import type { EngineChoice, EngineInfo } from '@iep/core/contract';
import { EngineUnavailableError } from './transcriber.js';
import type { ModelManifest } from './models/model-types.js';

// Which engines can run here, and the choice for a run: "auto" takes sherpa-onnx when a speech model is installed
// and loads, else pocketsphinx. Every "cannot run" comes with what to do about it.

export interface EngineOptions {
  modelsDir: string;
  /** For tests: where pocketsphinx is (default: the environment). */
  env?: NodeJS.ProcessEnv;
}

export const NO_ENGINE =
  `No speech engine can run here. Install pocketsphinx with \`sudo apt-get install pocketsphinx pocketsphinx-en-us\` ` +
  'or add a model with `iep models add PATH`.';
const NO_MODEL =
  'No speech model is installed for sherpa-onnx. Install one with `iep models install whisper-base.en` ' +
  '(needs internet) or copy one here with `iep models add PATH`.';

interface SherpaChoice {
  info: EngineInfo;
  manifest: ModelManifest | null;
}

async function sherpaChoice(options: EngineOptions): Promise<SherpaChoice> {
  const speakerModel = await hasSpeakerModel(options.modelsDir);
  const models = installedModels(options.modelsDir, 'asr');
  const problems: string[] = [];
  for (const manifest of models) {
    const problem = await modelProblem(options.modelsDir, manifest);
    if (!problem)
      return {
        manifest,
        info: {
          name: 'sherpa',
          label: `sherpa-onnx (${manifest.name})`,
          available: true,
          unavailableReason: null,
          accuracyNote: accuracyNoteFor(manifest.type),
          speakerModel,
        },
      };
    const again = findCatalogEntry(manifest.name)
      ? `\`iep models install ${manifest.name}\` or \`iep models add PATH\``
      : '`iep models add PATH`';
    problems.push(
      `The speech model "${manifest.name}" cannot be used: ${problem}. Delete the folder ${path.join(options.modelsDir, manifest.name)} and add it again with ${again}.`,
    );
  }
  return {
    manifest: null,
    info: {
      name: 'sherpa',
      label: 'sherpa-onnx',
      available: false,
      unavailableReason: problems[0] ?? NO_MODEL,
      accuracyNote: 'Whisper, Moonshine and Parakeet models give good text once one is installed.',
      speakerModel,
    },
  };
}

/** Both engines, sherpa-onnx first. */
export async function listEngines(options: EngineOptions): Promise<EngineInfo[]> {
  const sherpaInfo = (await sherpaChoice(options)).info;
  return [
    sherpaInfo,
    { ...pocketsphinxInfo(pocketsphinxStatus(options.env)), speakerModel: sherpaInfo.speakerModel },
  ];
}

/** The engine a run would use; EngineUnavailableError with a plain fix when none fits. */
export async function pickEngine(choice: EngineChoice, options: EngineOptions): Promise<EngineInfo> {
  return (await choose(choice, options)).info;
}

async function choose(choice: EngineChoice, options: EngineOptions): Promise<SherpaChoice> {
  if (choice === 'sherpa' || choice === 'auto') {
    const picked = await sherpaChoice(options);
    if (picked.manifest) return picked;
    if (choice === 'sherpa') throw new EngineUnavailableError(picked.info.unavailableReason ?? NO_MODEL);
  }
  const status = pocketsphinxStatus(options.env);
  if (status.available)
    return {
      info: { ...pocketsphinxInfo(status), speakerModel: await hasSpeakerModel(options.modelsDir) },
      manifest: null,
    };
  if (choice === 'pocketsphinx')
    throw new EngineUnavailableError(
      status.reason ?? `pocketsphinx is not installed. ${POCKETSPHINX_INSTALL}`,
    );
  throw new EngineUnavailableError(NO_ENGINE);
}

/** Picks the engine and opens its recognizer. */
export async function openRecognizer(choice: EngineChoice, options: EngineOptions): Promise<Recognizer> {
  const picked = await choose(choice, options);
  if (picked.manifest) return sherpaRecognizer(options.modelsDir, picked.manifest, picked.info);
  const status = pocketsphinxStatus(options.env);
  if (!status.setup) throw new EngineUnavailableError(NO_ENGINE);
  const recognizer = pocketsphinxRecognizer(status.setup);
  return { ...recognizer, info: picked.info };
}
