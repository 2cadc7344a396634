import path from 'node:path';
import { ffmpegAvailable, INSTALL_HINT } from '../media/ffmpeg.js';
import { realTranscriptionEngine } from '../transcripts/transcription-engine.js';
import { ok, problem, warning, type Check } from './check.js';

export function ffmpegCheck(): Check {
  return ffmpegAvailable()
    ? ok('ffmpeg', 'ffmpeg is installed (recordings, imports and clips need it).')
    : problem('ffmpeg', INSTALL_HINT);
}

export async function speechCheck(dataDir: string): Promise<Check> {
  const topic = 'Speech engine';
  try {
    const engines = await realTranscriptionEngine.listEngines({ modelsDir: path.join(dataDir, 'models') });
    const ready = engines.filter((e) => e.available);
    if (ready.length > 0)
      return ok(
        topic,
        `Transcripts can be made on this computer with ${ready.map((e) => e.label).join(' and ')}.`,
      );
    return warning(
      topic,
      'No speech engine is installed, so transcripts cannot be made. Install one: sudo apt-get install ' +
        'pocketsphinx pocketsphinx-en-us, or add a model with "iep models add PATH".',
    );
  } catch (error) {
    return warning(topic, `The speech engines could not be checked: ${(error as Error).message}`);
  }
}
