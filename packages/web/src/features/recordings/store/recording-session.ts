import { recordingsApi } from '../api/recordings';
import { PartUploader, type QueueEvents } from './recording-queue';
import { RecorderStore } from './recording-store';
import { httpTransport } from '../api/recording-upload';

// One uploader per part for the whole life of the tab (not of a page), so leaving the recorder page does not
// stop an upload. Pages listen to the events to show what is saved where.

let storePromise: Promise<RecorderStore> | null = null;
export function recorderStore(): Promise<RecorderStore> {
  storePromise ??= RecorderStore.open();
  return storePromise;
}

const uploaders = new Map<string, PartUploader>();
const listeners = new Set<QueueEvents>();

export function onUploadEvents(events: QueueEvents): () => void {
  listeners.add(events);
  return () => listeners.delete(events);
}

const fanOut: QueueEvents = {
  onAck: (p, at) => listeners.forEach((l) => l.onAck?.(p, at)),
  onRetrying: (p, e, d) => listeners.forEach((l) => l.onRetrying?.(p, e, d)),
  onFinished: (p) => {
    uploaders.delete(p);
    listeners.forEach((l) => l.onFinished?.(p));
  },
  onStopped: (p, e) => {
    uploaders.delete(p);
    listeners.forEach((l) => l.onStopped?.(p, e));
  },
};

export async function uploadPart(caseId: string, clientPartId: string): Promise<PartUploader> {
  const existing = uploaders.get(clientPartId);
  if (existing) {
    existing.notify();
    return existing;
  }
  const uploader = new PartUploader(await recorderStore(), httpTransport(caseId), clientPartId, fanOut);
  uploaders.set(clientPartId, uploader);
  void uploader.start();
  return uploader;
}

export const isUploading = (clientPartId: string) => uploaders.has(clientPartId);

if (typeof window !== 'undefined') {
  // Back online: try at once instead of waiting for the backoff to run out.
  window.addEventListener('online', () => uploaders.forEach((u) => u.notify()));
  window.addEventListener('beforeunload', (event) => {
    if (uploaders.size === 0) return;
    event.preventDefault();
    event.returnValue = '';
  });
}

const flushing = new Map<string, Promise<number>>();

/**
 * Sends live bookmarks kept on this device; each is forgotten only after the server has it. One send at a time per
 * meeting: a mark and an upload acknowledgement both ask for a send, and two at once would both send the same one.
 */
export function flushBookmarks(caseId: string, meetingId: string): Promise<number> {
  const key = `${caseId}/${meetingId}`;
  const next = (flushing.get(key) ?? Promise.resolve(0))
    .catch(() => 0)
    .then(() => sendBookmarks(caseId, meetingId));
  flushing.set(key, next);
  const done = () => {
    if (flushing.get(key) === next) flushing.delete(key);
  };
  next.then(done, done);
  return next;
}

async function sendBookmarks(caseId: string, meetingId: string): Promise<number> {
  const store = await recorderStore();
  const waiting = await store.listBookmarks(caseId, meetingId);
  if (waiting.length === 0) return 0;
  let recordingId: string;
  try {
    recordingId = (await recordingsApi.recording(caseId, meetingId)).id;
  } catch {
    return waiting.length;
  }
  let left = waiting.length;
  for (const b of waiting) {
    try {
      await recordingsApi.addBookmark(caseId, recordingId, {
        atMs: Math.round(b.atMs),
        kind: b.kind,
        note: b.note,
      });
      await store.deleteBookmark(b.localId);
      left -= 1;
    } catch {
      break;
    }
  }
  return left;
}

/** The MediaRecorder type to ask for: Opus in WebM, else what the browser has (MP4/AAC on Safari). */
export function pickMimeType(isSupported: (type: string) => boolean): string {
  const wanted = [
    'audio/webm;codecs=opus',
    'audio/webm',
    'audio/mp4;codecs=mp4a.40.2',
    'audio/mp4',
    'audio/ogg;codecs=opus',
  ];
  return wanted.find((t) => isSupported(t)) ?? '';
}
