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
  /** Close a batch at the first pause after this much speech (default 60 s; at most 1.5 times this). */
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
    const batchSamples = Math.round((options.batchSeconds ?? 60) * SAMPLE_RATE);
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

    // Batch k starts from what batch k - parallel left (the newest one surely done when k starts), so the
    // result never depends on timing; the checkpoint keeps the last `parallel` carries for a resumed run.
    const parallel = Math.max(1, recognizer.parallel ?? 1);
    const carries = new Map<number, string | null>();
    const resumed = parseCarries(options.resume?.carry);
    resumed.forEach((carry, i) => carries.set(i - resumed.length, carry));
    let batchNo = 0;

    /** Recognition and voice embeddings of one batch (the engine works in its own process or thread). */
    const prepare = async (batch: SpeechBatch, no: number) => {
      const recognizing = recognizer.recognize(batch.segments, {
        ...(options.signal ? { signal: options.signal } : {}),
        carry: carries.get(no - parallel) ?? null,
      });
      recognizing.catch(() => undefined);
      const embeddings = batch.segments.map((segment) => embedder.embed(segment.samples));
      const { texts, carry } = await recognizing;
      return { batch, no, texts, carry, embeddings };
    };

    /** Numbers the batch's segments, places them on the timeline and hands them over with the checkpoint. */
    const commit = async ({ batch, no, texts, carry, embeddings }: Awaited<ReturnType<typeof prepare>>) => {
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
          embedding: embeddings[i] ?? null,
        });
        count += 1;
      });
      options.signal?.throwIfAborted();
      carries.set(no, carry);
      carries.delete(no - parallel);
      const kept = Array.from({ length: parallel }, (_, i) => carries.get(no - parallel + 1 + i) ?? null);
      const checkpoint: Checkpoint = {
        processedSec: batch.endSample / SAMPLE_RATE,
        segmentCount: count,
        carry: kept.every((c) => c === null) ? null : JSON.stringify(kept),
      };
      await options.onBatch(segments, checkpoint);
    };

    // Batches are recognized while the next ones are read and cut, up to `parallel` at once (pocketsphinx runs
    // one process per batch, so two batches use both cores); they still reach onBatch one at a time, in order.
    // At most parallel + 1 batches of audio are held.
    const inFlight: Promise<void>[] = [];
    const queue = async (batch: SpeechBatch) => {
      while (inFlight.length >= parallel) await inFlight.shift();
      const prepared = prepare(batch, batchNo++);
      prepared.catch(() => undefined);
      const previous = inFlight.at(-1) ?? Promise.resolve();
      const committed = previous.then(() => prepared).then(commit);
      committed.catch(() => undefined);
      inFlight.push(committed);
    };
    for await (const samples of pcmToFloat(pcm, startSample)) {
      options.signal?.throwIfAborted();
      for (const batch of batcher.push(samples)) await queue(batch);
      progress(batcher.samplesRead);
    }
    options.signal?.throwIfAborted();
    const last = batcher.finish();
    // The final checkpoint says the whole input is done, even when it ended in silence.
    await queue(last ?? { segments: [], endSample: batcher.samplesRead });
    for (const committed of inFlight) await committed;
    options.onProgress?.(1);
    return { engine, durationSec: batcher.samplesRead / SAMPLE_RATE, segmentCount: count };
  } finally {
    await recognizer.close();
  }
}

/** The carries a checkpoint kept (a JSON list of strings or nulls); anything else is no carry. */
function parseCarries(saved: string | null | undefined): (string | null)[] {
  if (!saved) return [];
  try {
    const list: unknown = JSON.parse(saved);
    return Array.isArray(list) ? list.map((c) => (typeof c === 'string' ? c : null)) : [];
  } catch {
    return [];
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
