import { useCallback, useEffect, useRef, useState } from 'react';
import { onUploadEvents, pickMimeType, recorderStore, uploadPart } from '../store/recording-session';
import type { PartUploader } from '../store/recording-queue';

// The live recorder: MediaRecorder in 2-second chunks, each written to IndexedDB first and then handed to the
// in-order uploader; a screen wake lock while recording; a level meter read from an AnalyserNode.

export const CHUNK_MS = 2000;

export type Phase = 'idle' | 'starting' | 'recording' | 'stopping';

export interface RecorderState {
  phase: Phase;
  elapsedMs: number;
  /** Epoch ms of the newest chunk saved on this device / acknowledged by the server (this part). */
  localUpTo: number | null;
  serverUpTo: number | null;
  online: boolean;
  level: number;
  error: string;
  clientPartId: string | null;
}

interface Live {
  recorder: MediaRecorder;
  stream: MediaStream;
  audio: AudioContext;
  uploader: PartUploader;
  startedMs: number;
  writes: Promise<void>;
  wakeLock: WakeLockSentinel | null;
}

const MIC_ERROR =
  'We could not use the microphone. Check that this site may use it (the lock or microphone icon by the address), then try again.';

export function useRecorder(caseId: string, meetingId: string) {
  const [state, setState] = useState<RecorderState>({
    phase: 'idle',
    elapsedMs: 0,
    localUpTo: null,
    serverUpTo: null,
    online: typeof navigator === 'undefined' ? true : navigator.onLine,
    level: 0,
    error: '',
    clientPartId: null,
  });
  const live = useRef<Live | null>(null);
  const patch = useCallback((p: Partial<RecorderState>) => setState((s) => ({ ...s, ...p })), []);

  useEffect(() => {
    const online = () => patch({ online: true });
    const offline = () => patch({ online: false });
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    const off = onUploadEvents({
      onAck: (p, at) => setState((s) => (p === s.clientPartId ? { ...s, serverUpTo: at } : s)),
      onStopped: (p, e) => setState((s) => (p === s.clientPartId ? { ...s, error: e.message } : s)),
    });
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      off();
    };
  }, [patch]);

  // The clock and the level meter: a few updates a second are enough and keep React calm.
  useEffect(() => {
    if (state.phase !== 'recording') return;
    const data = new Uint8Array(256);
    const analyser = (live.current as (Live & { analyser?: AnalyserNode }) | null)?.analyser;
    const timer = window.setInterval(() => {
      const l = live.current;
      if (!l) return;
      let level = 0;
      if (analyser) {
        analyser.getByteTimeDomainData(data);
        let peak = 0;
        for (const v of data) peak = Math.max(peak, Math.abs(v - 128));
        level = Math.min(1, peak / 100);
      }
      patch({ elapsedMs: Date.now() - l.startedMs, level });
    }, 250);
    return () => window.clearInterval(timer);
  }, [state.phase, patch]);

  const takeWakeLock = useCallback(async () => {
    const l = live.current;
    if (!l || !('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
    try {
      l.wakeLock = await navigator.wakeLock.request('screen');
    } catch {
      // Refused (battery saver, no permission): recording still works, the screen may just sleep.
    }
  }, []);

  useEffect(() => {
    const again = () => {
      if (live.current && document.visibilityState === 'visible') void takeWakeLock();
    };
    document.addEventListener('visibilitychange', again);
    return () => document.removeEventListener('visibilitychange', again);
  }, [takeWakeLock]);

  const start = useCallback(
    async (timelineStartMs: number) => {
      if (live.current) return;
      patch({ phase: 'starting', error: '' });
      let stream: MediaStream;
      try {
        stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
      } catch {
        patch({ phase: 'idle', error: MIC_ERROR });
        return;
      }
      const mimeType = pickMimeType((t) => MediaRecorder.isTypeSupported(t));
      const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
      const store = await recorderStore();
      void navigator.storage?.persist?.();
      const clientPartId = crypto.randomUUID();
      await store.putPart({
        clientPartId,
        caseId,
        meetingId,
        startedAt: new Date().toISOString(),
        mimeType: recorder.mimeType || mimeType || 'audio/webm',
        serverPartId: null,
        highestSeq: -1,
        stopped: false,
        timelineStartMs,
      });
      const uploader = await uploadPart(caseId, clientPartId);
      const audio = new AudioContext();
      const analyser = audio.createAnalyser();
      analyser.fftSize = 256;
      audio.createMediaStreamSource(stream).connect(analyser);
      const l: Live & { analyser: AnalyserNode } = {
        recorder,
        stream,
        audio,
        analyser,
        uploader,
        startedMs: Date.now(),
        writes: Promise.resolve(),
        wakeLock: null,
      };
      live.current = l;
      let seq = 0;
      recorder.ondataavailable = (event) => {
        if (event.data.size === 0) return;
        const n = seq;
        seq += 1;
        const recordedAt = Date.now();
        // Chained so chunks reach IndexedDB in seq order even if one write is slow.
        l.writes = l.writes.then(async () => {
          const data = await event.data.arrayBuffer();
          await store.addChunk({ clientPartId, seq: n, data, recordedAt });
          patch({ localUpTo: recordedAt });
          uploader.notify();
        });
      };
      recorder.start(CHUNK_MS);
      patch({ phase: 'recording', clientPartId, elapsedMs: 0, localUpTo: null, serverUpTo: null });
      void takeWakeLock();
    },
    [caseId, meetingId, patch, takeWakeLock],
  );

  const stop = useCallback(async () => {
    const l = live.current;
    if (!l) return;
    patch({ phase: 'stopping' });
    await new Promise<void>((resolve) => {
      l.recorder.addEventListener('stop', () => resolve(), { once: true });
      l.recorder.stop();
    });
    await l.writes;
    l.stream.getTracks().forEach((t) => t.stop());
    void l.audio.close();
    void l.wakeLock?.release().catch(() => {});
    const store = await recorderStore();
    await store.updatePart(l.uploader.clientPartId, { stopped: true });
    l.uploader.notify();
    live.current = null;
    patch({ phase: 'idle', level: 0 });
  }, [patch]);

  // Leaving the page stops the microphone; what was recorded keeps uploading in the background.
  useEffect(
    () => () => {
      const l = live.current;
      if (!l) return;
      // The last chunk arrives just before 'stop': mark the part stopped only after it is written.
      l.recorder.addEventListener(
        'stop',
        () =>
          void l.writes.then(async () => {
            const store = await recorderStore();
            await store.updatePart(l.uploader.clientPartId, { stopped: true });
            l.uploader.notify();
          }),
        { once: true },
      );
      l.recorder.stop();
      l.stream.getTracks().forEach((t) => t.stop());
      void l.audio.close();
      live.current = null;
    },
    [],
  );

  return { state, start, stop, elapsedNow: () => (live.current ? Date.now() - live.current.startedMs : 0) };
}
