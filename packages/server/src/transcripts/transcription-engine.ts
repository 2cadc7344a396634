import type {
  Checkpoint,
  EngineChoice,
  EngineInfo,
  TranscribeOptions,
  TranscribeResult,
} from '../transcription/transcriber.js';

// What the transcripts service needs of speech recognition, as one object so tests can hand in a fake engine.
// The real one is the transcription module, loaded on first use: the server starts (and every route that has
// nothing to do with speech answers) without loading the native speech libraries.

export interface TranscriptionEngine {
  listEngines(options: { modelsDir: string }): Promise<EngineInfo[]>;
  pickEngine(choice: EngineChoice, options: { modelsDir: string }): Promise<EngineInfo>;
  decodeToPcm(input: NodeJS.ReadableStream, options?: { signal?: AbortSignal }): AsyncIterable<Buffer>;
  transcribePcm(
    pcm: AsyncIterable<Buffer>,
    options: TranscribeOptions & { modelsDir: string; batchSeconds?: number },
  ): Promise<TranscribeResult>;
  /** Labels "S1".. per segment (null: no embedding); may be async (the real module loads on first use). */
  groupSpeakers(
    embeddings: (number[] | null)[],
    speakers?: number,
  ): (string | null)[] | Promise<(string | null)[]>;
}

export type { Checkpoint, EngineChoice, EngineInfo };

type RealModule = Omit<TranscriptionEngine, 'groupSpeakers'> & {
  groupSpeakers(embeddings: (number[] | null)[], speakers?: number): (string | null)[];
};

let loading: Promise<RealModule> | null = null;
const load = (): Promise<RealModule> => (loading ??= import('../transcription/index.js'));

/** The real engines (sherpa-onnx, pocketsphinx), loaded on first use. */
export const realTranscriptionEngine: TranscriptionEngine = {
  listEngines: async (options) => (await load()).listEngines(options),
  pickEngine: async (choice, options) => (await load()).pickEngine(choice, options),
  decodeToPcm: (input, options) => ({
    async *[Symbol.asyncIterator]() {
      yield* (await load()).decodeToPcm(input, options);
    },
  }),
  transcribePcm: async (pcm, options) => (await load()).transcribePcm(pcm, options),
  groupSpeakers: async (embeddings, speakers) => (await load()).groupSpeakers(embeddings, speakers),
};
