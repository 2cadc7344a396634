import { createRequire } from 'node:module';
import { EngineUnavailableError } from './transcriber.js';

// sherpa-onnx-node is CommonJS without type declarations: these are the few parts we use, typed by hand from
// its JSDoc. It is loaded on first use only, because the native library is large and many runs never need it.

const require = createRequire(import.meta.url);

export interface SherpaWave {
  samples: Float32Array;
  sampleRate: number;
}

export interface SherpaVad {
  acceptWaveform(samples: Float32Array): void;
  isEmpty(): boolean;
  isDetected(): boolean;
  pop(): void;
  front(enableExternalBuffer?: boolean): { start: number; samples: Float32Array };
  reset(): void;
  flush(): void;
}

export interface SherpaVadConfig {
  sileroVad: {
    model: string;
    threshold: number;
    minSilenceDuration: number;
    minSpeechDuration: number;
    maxSpeechDuration: number;
    windowSize: number;
  };
  sampleRate: number;
  numThreads: number;
  provider: string;
  debug: number;
}

/** What the recognizer returns for one stream (JSON from the native side). */
export interface SherpaResult {
  text: string;
  tokens?: string[];
  timestamps?: number[];
  durations?: number[];
  ys_log_probs?: number[];
}

export interface SherpaOfflineStream {
  acceptWaveform(wave: SherpaWave): void;
}

export interface SherpaOfflineRecognizer {
  createStream(): SherpaOfflineStream;
  decode(stream: SherpaOfflineStream): void;
  decodeAsync(stream: SherpaOfflineStream): Promise<SherpaResult>;
  getResult(stream: SherpaOfflineStream): SherpaResult;
}

export interface SherpaOnlineStream {
  acceptWaveform(wave: SherpaWave): void;
  inputFinished(): void;
}

export interface SherpaSpeakerExtractor {
  dim: number;
  createStream(): SherpaOnlineStream;
  isReady(stream: SherpaOnlineStream): boolean;
  compute(stream: SherpaOnlineStream, enableExternalBuffer?: boolean): Float32Array;
}

/** The recognizer config (sherpa's OfflineRecognizerConfig), built in sherpa-models.ts. */
export type SherpaRecognizerConfig = Record<string, unknown>;
export interface SherpaSpeakerConfig {
  model: string;
  numThreads: number;
  provider: string;
  debug: number;
}

interface SherpaModule {
  Vad: new (config: SherpaVadConfig, bufferSizeInSeconds: number) => SherpaVad;
  OfflineRecognizer: {
    createAsync(config: SherpaRecognizerConfig): Promise<SherpaOfflineRecognizer>;
  };
  SpeakerEmbeddingExtractor: new (config: SherpaSpeakerConfig) => SherpaSpeakerExtractor;
}

let loaded: SherpaModule | null = null;

/** The loaded module; a plain EngineUnavailableError when the native part does not load on this machine. */
export function sherpa(): SherpaModule {
  if (loaded) return loaded;
  try {
    loaded = require('sherpa-onnx-node') as SherpaModule;
    return loaded;
  } catch (error) {
    throw new EngineUnavailableError(
      'The speech toolkit (sherpa-onnx) does not load on this machine. Reinstall the app with "npm run setup", or use the pocketsphinx engine.',
      { cause: error },
    );
  }
}

/** Where the module lives, for the child process that test-loads a model (see model-probe.ts). */
export function sherpaModulePath(): string {
  return require.resolve('sherpa-onnx-node');
}
