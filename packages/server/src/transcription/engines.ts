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
// and loads, else pocketsphinx. Every "cannot run" comes with what to do about it, as a plain sentence without
// commands (the web app shows these); the CLI adds the commands (ENGINE_CLI_HELP).

export interface EngineOptions {
  modelsDir: string;
  /** For tests: where pocketsphinx is (default: the environment). */
  env?: NodeJS.ProcessEnv;
}

export const NO_ENGINE =
  'No speech engine can run on this computer yet. The person who runs IEP Ready can add the basic engine ' +
  '(pocketsphinx) or a speech model.';
export const NO_MODEL =
  'No speech model is installed for sherpa-onnx. The owner of this app can get one with "Get better transcripts" ' +
  'on a transcript page.';
const SPHINX_FIX = 'The person who runs IEP Ready can install it.';

/** What the CLI adds to an engine problem: the commands that fix it. */
export const ENGINE_CLI_HELP =
  'To add an engine: `sudo apt-get install pocketsphinx pocketsphinx-en-us`, `iep models install whisper-base.en` ' +
  '(needs internet) or `iep models add PATH`. A model that cannot be used: delete its folder in the models ' +
  'folder, then add it again.';

/** pocketsphinx's own reasons name the apt-get command: the app says it plainly instead. */
const plainSphinxReason = (reason: string | null) =>
  reason?.replace(POCKETSPHINX_INSTALL, SPHINX_FIX) ?? null;

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
    problems.push(
      `The speech model "${manifest.name}" cannot be used: ${problem}. The person who runs IEP Ready needs to remove it and add it again.`,
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

function plainSphinxInfo(status: ReturnType<typeof pocketsphinxStatus>): Omit<EngineInfo, 'speakerModel'> {
  const info = pocketsphinxInfo(status);
  return { ...info, unavailableReason: plainSphinxReason(info.unavailableReason) };
}

/** Both engines, sherpa-onnx first. */
export async function listEngines(options: EngineOptions): Promise<EngineInfo[]> {
  const sherpaInfo = (await sherpaChoice(options)).info;
  return [
    sherpaInfo,
    { ...plainSphinxInfo(pocketsphinxStatus(options.env)), speakerModel: sherpaInfo.speakerModel },
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
      info: { ...plainSphinxInfo(status), speakerModel: await hasSpeakerModel(options.modelsDir) },
      manifest: null,
    };
  if (choice === 'pocketsphinx')
    throw new EngineUnavailableError(
      plainSphinxReason(status.reason) ?? `pocketsphinx is not installed. ${SPHINX_FIX}`,
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
