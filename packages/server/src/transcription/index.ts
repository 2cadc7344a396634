// Speech to text: the engines (sherpa-onnx models, pocketsphinx), voice detection, speaker grouping, models.
export {
  EngineUnavailableError,
  type EngineName,
  type EngineChoice,
  type EngineInfo,
  type Checkpoint,
  type RecognizedSegment,
  type TranscribeOptions,
  type TranscribeResult,
} from './transcriber.js';
export { listEngines, pickEngine, NO_ENGINE, ENGINE_CLI_HELP, type EngineOptions } from './engines.js';
export { decodeToPcm } from './pcm.js';
export { groupSpeakers } from './speakers.js';
export {
  transcribePcm,
  transcribeFile,
  type PipelineOptions,
  type TranscribeFileOptions,
} from './transcribe.js';
export * from './models/index.js';
