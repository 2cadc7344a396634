// The audio layer: ffmpeg/ffprobe wrappers that stream everything. Used by recordings (finalize, clips) and
// the import (tus upload, CLI).
export {
  ffmpegAvailable,
  requireFfmpeg,
  MediaError,
  INSTALL_HINT,
  ffmpegPath,
  ffprobePath,
} from './ffmpeg.js';
export { probeAudio, NOT_AUDIO_MESSAGE, type AudioInfo } from './probe.js';
export { remuxWebm, normalizeToWebmOpus, computePeaks, type MediaOptions } from './transform.js';
export { cutClip, type ClipFormat, type ClipSource } from './clip.js';
