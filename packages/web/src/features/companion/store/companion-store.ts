import type { Companion, CompanionEntry } from '@iep/core/contract';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

// The companion's outbox on this device (IndexedDB). Every tap is written here first, with the next number of
// this meeting's sequence (kept here too, so a reload never reuses a number), and forgotten only after the server
// has stored it. The last answer of the server is kept as well, so the agenda shows after a reload offline.

interface PendingEntry {
  id: string;
  meetingKey: string;
  entry: CompanionEntry;
}

interface MeetingMeta {
  meetingKey: string;
  /** The next seq this device gives a tap. */
  nextSeq: number;
  /** The server's last answer for this meeting, or null before the first. */
  snapshot: Companion | null;
}

interface CompanionDb extends DBSchema {
  pending: { key: string; value: PendingEntry; indexes: { byMeeting: string } };
  meetings: { key: string; value: MeetingMeta };
}

export const meetingKey = (caseId: string, meetingId: string) => `${caseId}/${meetingId}`;

export class CompanionStore {
  private constructor(private readonly db: IDBPDatabase<CompanionDb>) {}

  static async open(name = 'iep-companion'): Promise<CompanionStore> {
    const db = await openDB<CompanionDb>(name, 1, {
      upgrade(d) {
        d.createObjectStore('pending', { keyPath: 'id' }).createIndex('byMeeting', 'meetingKey');
        d.createObjectStore('meetings', { keyPath: 'meetingKey' });
      },
    });
    return new CompanionStore(db);
  }

  close(): void {
    this.db.close();
  }

  /**
   * Numbers the entry with the meeting's next seq (at least `minSeq`) and stores it, in one transaction: two taps
   * in a row never share a number, and the number survives a reload.
   */
  async add(
    caseId: string,
    meetingId: string,
    entry: Omit<CompanionEntry, 'seq'>,
    minSeq = 0,
  ): Promise<CompanionEntry> {
    const key = meetingKey(caseId, meetingId);
    const tx = this.db.transaction(['pending', 'meetings'], 'readwrite');
    const meetings = tx.objectStore('meetings');
    const meta = (await meetings.get(key)) ?? { meetingKey: key, nextSeq: 0, snapshot: null };
    const seq = Math.max(meta.nextSeq, minSeq);
    const numbered: CompanionEntry = { ...entry, seq };
    await tx.objectStore('pending').put({ id: entry.id, meetingKey: key, entry: numbered });
    await meetings.put({ ...meta, nextSeq: seq + 1 });
    await tx.done;
    return numbered;
  }

  /** The entries not yet stored by the server, in seq order. */
  async pending(caseId: string, meetingId: string): Promise<CompanionEntry[]> {
    const all = await this.db.getAllFromIndex('pending', 'byMeeting', meetingKey(caseId, meetingId));
    return all.map((p) => p.entry).sort((a, b) => a.seq - b.seq);
  }

  /** After the server acknowledged them. */
  async forget(ids: readonly string[]): Promise<void> {
    const tx = this.db.transaction('pending', 'readwrite');
    await Promise.all(ids.map((id) => tx.store.delete(id)));
    await tx.done;
  }

  async snapshot(caseId: string, meetingId: string): Promise<Companion | null> {
    return (await this.db.get('meetings', meetingKey(caseId, meetingId)))?.snapshot ?? null;
  }

  /** Keeps the server's answer; the next seq is raised past every entry the server holds. */
  async saveSnapshot(caseId: string, meetingId: string, snapshot: Companion): Promise<void> {
    const key = meetingKey(caseId, meetingId);
    const tx = this.db.transaction('meetings', 'readwrite');
    const meta = (await tx.store.get(key)) ?? { meetingKey: key, nextSeq: 0, snapshot: null };
    const serverNext = snapshot.entries.reduce((n, e) => Math.max(n, e.seq + 1), 0);
    await tx.store.put({ ...meta, nextSeq: Math.max(meta.nextSeq, serverNext), snapshot });
    await tx.done;
  }
}

let opened: Promise<CompanionStore> | null = null;
/** The page's one store. */
export function companionStore(): Promise<CompanionStore> {
  opened ??= CompanionStore.open();
  return opened;
}
