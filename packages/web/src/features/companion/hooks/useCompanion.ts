import type { Companion, CompanionAction, CompanionEntry, CompanionState } from '@iep/core/contract';
import { foldCompanion, toIsoDate } from '@iep/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../../api/client';
import { casesApi } from '../../cases/api/cases';
import { companionApi } from '../api/companion';
import { companionStore } from '../store/companion-store';
import { Syncer, sendPending, type SyncStatus } from '../store/companion-sync';
import { currentSession } from '../lib/companion-time';
import { nextMeetingDay } from '../lib/next-meeting';
import { tapWords } from '../lib/companion-words';

// The companion's data: the server's answer (kept on this device for a reload offline), the taps still waiting on
// this device, and their fold (core's, the same as the server's) so the screen is right before anything is sent.

export interface CompanionHandle {
  data: Companion | null;
  state: CompanionState | null;
  is504: boolean;
  loadError: string;
  sync: SyncStatus;
  online: boolean;
  /** The last thing to announce ("Saved on this phone", "Sent"). */
  announcement: string;
  /** Stores a tap (at the recording's position now, or at `atMs` when given) and sends it soon. */
  tap: (action: CompanionAction, atMs?: number | null) => Promise<void>;
  /** Sends everything now; true when nothing is left on this device. */
  flush: () => Promise<boolean>;
}

const newId = () => crypto.randomUUID();
const LIVE_RELOAD_MS = 5000;

export function useCompanion(
  caseId: string,
  meetingId: string,
  atMsNow: () => number | null,
): CompanionHandle {
  const [data, setData] = useState<Companion | null>(null);
  const [loadError, setLoadError] = useState('');
  const [pending, setPending] = useState<CompanionEntry[]>([]);
  const [mine, setMine] = useState<CompanionEntry[]>([]);
  const [caseInfo, setCaseInfo] = useState<{ next: string | null; is504: boolean } | null>(null);
  const [sync, setSync] = useState<SyncStatus>({ pending: 0, sending: false, error: '' });
  const [online, setOnline] = useState(typeof navigator === 'undefined' ? true : navigator.onLine);
  const [announcement, setAnnouncement] = useState('');
  const syncer = useRef<Syncer | null>(null);
  const waiting = useRef(false);
  const atMsRef = useRef(atMsNow);
  useEffect(() => {
    atMsRef.current = atMsNow;
  });

  const refreshPending = useCallback(async () => {
    const store = await companionStore();
    setPending(await store.pending(caseId, meetingId));
  }, [caseId, meetingId]);

  const loadServer = useCallback(async () => {
    const store = await companionStore();
    try {
      const fresh = await companionApi.companion(caseId, meetingId);
      await store.saveSnapshot(caseId, meetingId, fresh);
      setData(fresh);
      setLoadError('');
    } catch (e) {
      const kept = await store.snapshot(caseId, meetingId);
      if (kept) setData((d) => d ?? kept);
      else
        setLoadError(
          e instanceof ApiError && e.status !== 0
            ? e.message
            : 'We could not load the companion. Check your connection and reload the page.',
        );
    }
  }, [caseId, meetingId]);

  useEffect(() => {
    const store = companionStore();
    const s = new Syncer({
      run: async () =>
        sendPending(await store, caseId, meetingId, (entries) =>
          companionApi.sendEntries(caseId, meetingId, { entries }),
        ),
      count: async () => (await (await store).pending(caseId, meetingId)).length,
      onStatus: (status) => {
        setSync(status);
        // "Sent" only after something was waiting, not on opening the page.
        if (!status.sending && status.pending === 0 && status.error === '' && waiting.current)
          setAnnouncement('Sent');
        waiting.current = status.pending > 0;
      },
      onSent: () => {
        void refreshPending();
        void loadServer();
      },
    });
    syncer.current = s;
    const timer = window.setTimeout(() => {
      void refreshPending();
      void loadServer().then(() => s.wake());
    }, 0);
    casesApi.getCase(caseId).then(
      (c) =>
        setCaseInfo({
          next: nextMeetingDay(c.file.meetings, meetingId),
          is504: c.file.student.planType === '504',
        }),
      () => setCaseInfo(null),
    );
    const up = () => {
      setOnline(true);
      s.wake();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
      s.stop();
      syncer.current = null;
    };
  }, [caseId, meetingId, loadServer, refreshPending]);

  // What others add at the table (a member's phone, a guest with a code) shows up without a tap here: the same
  // reload of the server's answer that follows a send, every few seconds while the page is in view and online.
  useEffect(() => {
    const every = window.setInterval(() => {
      if (document.visibilityState === 'visible' && navigator.onLine) void loadServer();
    }, LIVE_RELOAD_MS);
    return () => window.clearInterval(every);
  }, [loadServer]);

  const state = useMemo(() => {
    if (!data) return null;
    const folded = foldCompanion({
      entries: [...data.entries, ...pending, ...mine],
      agenda: data.agenda,
      timeZone: data.timeZone,
      roster: data.roster,
      scheduled: data.state.sessions.flatMap((s) =>
        s.scheduledStart !== null && s.scheduledEnd !== null
          ? [{ start: s.scheduledStart, end: s.scheduledEnd }]
          : [],
      ),
      nextMeetingDay: caseInfo?.next ? toIsoDate(caseInfo.next) : null,
    });
    // What the transcript found near a tap comes only from the server.
    const evidence = new Map(data.state.cards.map((c) => [c.cardId, c.evidence]));
    return {
      ...folded,
      cards: folded.cards.map((c) => ({ ...c, evidence: evidence.get(c.cardId) ?? [] })),
    };
  }, [data, pending, mine, caseInfo]);

  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });
  const dataRef = useRef(data);
  useEffect(() => {
    dataRef.current = data;
  });

  const tap = useCallback(
    async (action: CompanionAction, atMs?: number | null) => {
      const store = await companionStore();
      const sessions = stateRef.current?.sessions ?? [];
      const session = action.type === 'session' ? action.session : currentSession(sessions);
      const minSeq = (dataRef.current?.entries ?? []).reduce((n, e) => Math.max(n, e.seq + 1), 0);
      const stamp = () => ({ id: newId(), at: new Date().toISOString(), atMs: atMsRef.current(), session });
      const made: CompanionEntry[] = [];
      // The first tap of a meeting starts its first session, so the clock runs without a separate step.
      if (action.type !== 'session' && !sessions.some((s) => s.startedAt !== null))
        made.push(
          await store.add(
            caseId,
            meetingId,
            { ...stamp(), action: { type: 'session', session, state: 'start' } },
            minSeq,
          ),
        );
      const entry = { ...stamp(), action };
      if (atMs !== undefined) entry.atMs = atMs;
      made.push(await store.add(caseId, meetingId, entry, minSeq));
      setMine((m) => [...m, ...made]);
      const titleOf = (id: string) => stateRef.current?.cards.find((c) => c.cardId === id)?.title ?? '';
      setAnnouncement(`${tapWords(action, titleOf)} Saved on this phone.`);
      await refreshPending();
      syncer.current?.wake();
    },
    [caseId, meetingId, refreshPending],
  );

  const flush = useCallback(async () => (syncer.current ? syncer.current.flush() : false), []);

  return {
    data,
    state,
    is504: caseInfo?.is504 ?? false,
    loadError,
    sync,
    online,
    announcement,
    tap,
    flush,
  };
}
