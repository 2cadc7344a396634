import type { MachineSegment } from '@iep/core';
import { probeAudio } from '../media/probe.js';
import { openRecognizer } from './engines.js';
import { decodeToPcm, pcmToFloat, SAMPLE_RATE } from './pcm.js';
import { groupSpeakers, openVoiceEmbedder } from './speakers.js';
import type {
  Checkpoint,
  EngineChoice,
  EngineInfo,
  RecognizedSegment,
  TranscribeOptions,
  TranscribeResult,
} from './transcriber.js';
import { openVad, SpeechBatcher, type SpeechBatch } from './vad.js';

// The pipeline: PCM stream -> voice detector -> batches of segments -> recognizer -> segments with a voice
// embedding -> onBatch (the caller saves them and the checkpoint) -> more audio. Memory stays flat: at most one
// batch of audio (about a minute) is held at a time, whatever the length of the recording.

export interface PipelineOptions extends TranscribeOptions {
  modelsDir: string;
  /** Close a batch at the first pause after this much speech (default 40 s; at most 1.5 times this). */
  batchSeconds?: number;
  /** For tests: where pocketsphinx is (default: the environment). */
  env?: NodeJS.ProcessEnv;
}

const round = (sec: number) => Math.round(sec * 1000) / 1000;

/**
 * Runs the pipeline over a PCM stream. Speakers are not grouped here (that needs every segment's embedding): the
 * caller keeps the embeddings with the saved segments and calls groupSpeakers at the end, with `speakers`.
 */
export async function transcribePcm(
  pcm: AsyncIterable<Buffer>,
  options: PipelineOptions,
): Promise<TranscribeResult> {
  options.signal?.throwIfAborted();
  const recognizer = await openRecognizer(options.engine, {
    modelsDir: options.modelsDir,
    ...(options.env ? { env: options.env } : {}),
  });
  try {
    const embedder = await openVoiceEmbedder(options.modelsDir);
    const engine: EngineInfo = { ...recognizer.info, speakerModel: embedder.speakerModel };
    const batchSamples = Math.round((options.batchSeconds ?? 40) * SAMPLE_RATE);
    const startSample = options.resume ? Math.round(options.resume.processedSec * SAMPLE_RATE) : 0;
    const batcher = new SpeechBatcher(openVad(), {
      startSample,
      batchSamples,
      maxBatchSamples: Math.round(batchSamples * 1.5),
    });
    const offsetSec = options.offsetSec ?? 0;
    const totalSamples = options.durationSec ? options.durationSec * SAMPLE_RATE : null;
    let count = options.resume?.segmentCount ?? 0;
    let lastProgress = -1;

    const progress = (samples: number) => {
      if (!options.onProgress || !totalSamples) return;
      const fraction = Math.min(1, samples / totalSamples);
      // At most a thousand calls for a whole run.
      if (fraction - lastProgress >= 0.001 || fraction === 1) {
        lastProgress = fraction;
        options.onProgress(fraction);
      }
    };

    const handle = async (batch: SpeechBatch) => {
      const texts = await recognizer.recognize(batch.segments, options.signal);
      const segments: RecognizedSegment[] = [];
      batch.segments.forEach((segment, i) => {
        const result = texts[i];
        if (!result || result.text === '') return;
        const start = round(segment.startSample / SAMPLE_RATE + offsetSec);
        const end = round((segment.startSample + segment.samples.length) / SAMPLE_RATE + offsetSec);
        segments.push({
          id: `seg-${Math.round(start * 1000)}-${count}`,
          start,
          end,
          speaker: null,
          text: result.text,
          words: result.words.map((w) => ({
            ...w,
            start: round(w.start + start),
            end: round(w.end + start),
          })),
          embedding: embedder.embed(segment.samples),
        });
        count += 1;
      });
      options.signal?.throwIfAborted();
      const checkpoint: Checkpoint = { processedSec: batch.endSample / SAMPLE_RATE, segmentCount: count };
      await options.onBatch(segments, checkpoint);
    };

    for await (const samples of pcmToFloat(pcm, startSample)) {
      options.signal?.throwIfAborted();
      for (const batch of batcher.push(samples)) await handle(batch);
      progress(batcher.samplesRead);
    }
    options.signal?.throwIfAborted();
    const last = batcher.finish();
    // The final checkpoint says the whole input is done, even when it ended in silence.
    await handle(last ?? { segments: [], endSample: batcher.samplesRead });
    options.onProgress?.(1);
    return { engine, durationSec: batcher.samplesRead / SAMPLE_RATE, segmentCount: count };
  } finally {
    await recognizer.close();
  }
}

export interface TranscribeFileOptions {
  engine: EngineChoice;
  speakers?: number;
  modelsDir: string;
  onProgress?(fraction: number): void;
  signal?: AbortSignal;
  /** For tests: passed to transcribePcm. */
  batchSeconds?: number;
  env?: NodeJS.ProcessEnv;
}

/** For the CLI: decode, transcribe and group speakers in one go (segments are kept in memory: text only). */
export async function transcribeFile(
  file: string,
  options: TranscribeFileOptions,
): Promise<{ engine: EngineInfo; durationSec: number; segments: MachineSegment[] }> {
  const info = await probeAudio(file, options.signal);
  const all: RecognizedSegment[] = [];
  const result = await transcribePcm(decodeToPcm(file, options.signal ? { signal: options.signal } : {}), {
    engine: options.engine,
    modelsDir: options.modelsDir,
    durationSec: info.durationMs / 1000,
    ...(options.speakers !== undefined ? { speakers: options.speakers } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.batchSeconds !== undefined ? { batchSeconds: options.batchSeconds } : {}),
    ...(options.env ? { env: options.env } : {}),
    onBatch: async (segments) => {
      all.push(...segments);
    },
  });
  const labels = groupSpeakers(
    all.map((s) => s.embedding),
    options.speakers,
  );
  const segments = all.map(({ embedding: _embedding, ...segment }, i) => ({
    ...segment,
    speaker: labels[i] ?? null,
  }));
  return { engine: result.engine, durationSec: result.durationSec, segments };
}
