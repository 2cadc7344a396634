import type { Readable } from 'node:stream';
import { inputArgs, MediaError, runTool } from './ffmpeg.js';

export const NOT_AUDIO_MESSAGE =
  'This file is not audio we can read. Try an MP3, M4A, WAV, OGG, WebM or AAC file.';

export interface AudioInfo {
  durationMs: number;
  /** ffprobe's demuxer name, e.g. "mp3", "matroska,webm", "mov,mp4,m4a,3gp,3g2,mj2". */
  format: string;
  codec: string;
  sampleRate: number;
  channels: number;
  /** The container's creation_time tag, when the recorder wrote one (phones usually do). */
  creationTime: string | null;
}

/**
 * Reads format, codec and duration. A file path lets ffprobe seek (an M4A keeps its index at the end); a stream
 * is read once, to its end, counting packets, which also gives the duration of a browser WebM that has none in
 * its header. Rejects with a MediaError carrying a plain message when the input is not decodable audio.
 */
export async function probeAudio(input: Readable | string, signal?: AbortSignal): Promise<AudioInfo> {
  const first = await ffprobe(input, typeof input !== 'string', signal);
  if (first.durationMs !== null || typeof input !== 'string') return finish(first);
  // A file without a duration in its header (a browser WebM): count its packets.
  return finish(await ffprobe(input, true, signal));
}

/**
 * How long the audio packets that are really in the file last (read to the end, not decoded), whatever its
 * header says; 0 when there are none.
 */
export async function countedDurationMs(file: string, signal?: AbortSignal): Promise<number> {
  return (await ffprobe(file, true, signal)).countedMs;
}

interface Probed extends Omit<AudioInfo, 'durationMs'> {
  durationMs: number | null;
  /** From the packets (packet mode only; else 0). */
  countedMs: number;
}

function finish(probed: Probed): AudioInfo {
  if (probed.durationMs === null || !(probed.durationMs > 0)) throw new MediaError(NOT_AUDIO_MESSAGE);
  const { countedMs: _counted, ...info } = probed;
  return { ...info, durationMs: probed.durationMs };
}

async function ffprobe(input: Readable | string, packets: boolean, signal?: AbortSignal): Promise<Probed> {
  const { args, stream } = inputArgs(input);
  const entries = [
    'stream=codec_type,codec_name,sample_rate,channels',
    'stream_tags=creation_time',
    'format=format_name,duration',
    'format_tags=creation_time',
  ];
  if (packets) entries.unshift('packet=pts_time,duration_time');
  const fields: Record<string, string> = {};
  let audioSeen = false;
  let lastEndS = 0;
  let pending = '';
  const onLine = (line: string) => {
    const [section, ...pairs] = line.split('|');
    const values = Object.fromEntries(
      pairs.map((p) => {
        const at = p.indexOf('=');
        return [p.slice(0, at), p.slice(at + 1)];
      }),
    );
    if (section === 'packet') {
      const end = Number(values.pts_time) + (Number(values.duration_time) || 0);
      if (Number.isFinite(end) && end > lastEndS) lastEndS = end;
    } else if (section === 'stream' && values.codec_type === 'audio' && !audioSeen) {
      audioSeen = true;
      for (const [k, v] of Object.entries(values)) fields[`stream.${k}`] = v;
    } else if (section === 'format') {
      for (const [k, v] of Object.entries(values)) fields[`format.${k}`] = v;
    }
  };
  const running = runTool({
    tool: 'ffprobe',
    args: [
      '-hide_banner',
      '-v',
      'error',
      ...(packets ? ['-select_streams', 'a:0'] : []),
      '-show_entries',
      entries.join(':'),
      '-of',
      'compact',
      ...args,
    ],
    ...(stream ? { input: stream } : {}),
    // Packets come as one line each: parse as they arrive and keep only the last end time (5 hours is
    // about 900,000 lines).
    onData: (chunk) => {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    },
    failMessage: NOT_AUDIO_MESSAGE,
    ...(signal ? { signal } : {}),
  });
  await running.done;
  if (pending) onLine(pending);
  if (!audioSeen) throw new MediaError(NOT_AUDIO_MESSAGE, 'no audio stream');
  const headerS = Number(fields['format.duration']);
  const durationS = packets && lastEndS > 0 ? lastEndS : Number.isFinite(headerS) ? headerS : null;
  const creation = fields['format.tag:creation_time'] ?? fields['stream.tag:creation_time'] ?? null;
  return {
    durationMs: durationS === null ? null : Math.round(durationS * 1000),
    countedMs: Math.round(lastEndS * 1000),
    format: fields['format.format_name'] ?? 'unknown',
    codec: fields['stream.codec_name'] ?? 'unknown',
    sampleRate: Number(fields['stream.sample_rate']) || 0,
    channels: Number(fields['stream.channels']) || 0,
    creationTime: creation && !Number.isNaN(Date.parse(creation)) ? new Date(creation).toISOString() : null,
  };
}
