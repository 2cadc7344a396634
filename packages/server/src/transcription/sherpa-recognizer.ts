import { filterRepeats } from '@iep/core';
import type { ModelManifest } from './models/model-types.js';
import { SAMPLE_RATE } from './pcm.js';
import type { RecognizeOptions, Recognized, Recognizer, SegmentText } from './recognizer.js';
import { sherpa } from './sherpa-addon.js';
import { recognizerConfig } from './sherpa-models.js';
import type { EngineInfo } from '@iep/core/contract';
import type { SpeechSegment } from './vad.js';
import { spreadWords, wordsFromResult } from './words.js';

// sherpa-onnx's offline recognizer (Whisper, Moonshine, Parakeet). Each segment is decoded alone, on sherpa's
// worker thread (decodeAsync) so the server keeps answering meanwhile, and its text goes through the repetition
// filter. Call only after modelProblem() said the model loads (a bad file can abort the process).

/** Whisper's notes about non-speech, e.g. "[BLANK_AUDIO]" or "(music)". */
const NON_SPEECH = /\[[A-Z_ ]+\]|\((?:music|applause|laughs?|laughter|silence|inaudible|noise|coughs?)\)/gi;

export function cleanText(text: string): string {
  return text.replace(NON_SPEECH, ' ').replace(/\s+/g, ' ').trim();
}

export async function sherpaRecognizer(
  modelsDir: string,
  manifest: ModelManifest,
  info: EngineInfo,
): Promise<Recognizer> {
  const recognizer = await sherpa().OfflineRecognizer.createAsync(recognizerConfig(modelsDir, manifest));
  return {
    info,
    async recognize(segments: SpeechSegment[], options: RecognizeOptions = {}): Promise<Recognized> {
      const out: SegmentText[] = [];
      for (const segment of segments) {
        options.signal?.throwIfAborted();
        const stream = recognizer.createStream();
        stream.acceptWaveform({ samples: segment.samples, sampleRate: SAMPLE_RATE });
        const result = await recognizer.decodeAsync(stream);
        const durationSec = segment.samples.length / SAMPLE_RATE;
        const text = cleanText(result.text);
        const filtered = filterRepeats(text);
        // Token times only fit the text they came from; after cleaning or filtering, spread the words instead.
        const words =
          filtered === result.text.trim().replace(/\s+/g, ' ')
            ? wordsFromResult(result, durationSec)
            : spreadWords(filtered, durationSec);
        out.push({ text: filtered, words });
      }
      // Each segment is decoded alone: nothing carries over.
      return { texts: out, carry: null };
    },
    async close() {
      // The native recognizer is freed with its JavaScript object.
    },
  };
}
