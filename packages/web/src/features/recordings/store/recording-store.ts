import type { BookmarkKind } from '@iep/core/contract';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

// The recorder's copy on this device (IndexedDB). Every chunk is written here BEFORE it is uploaded and
// removed only after the server has acknowledged it, so a crash, a reload or a dead network loses nothing
// that MediaRecorder has handed over.

export interface LocalPart {
  clientPartId: string;
  caseId: string;
  meetingId: string;
  startedAt: string;
  mimeType: string;
  /** The server's id once the part exists there. */
  serverPartId: string | null;
  /** The highest chunk number written on this device (-1: none yet). */
  highestSeq: number;
  /** Recording of this part has ended (Stop, or found after a reload): finish it once all chunks are sent. */
  stopped: boolean;
  /** Where this part starts on the meeting timeline, for live bookmarks. */
  timelineStartMs: number;
}

export interface LocalChunk {
  clientPartId: string;
  seq: number;
  data: ArrayBuffer;
  /** When the chunk was handed over (epoch ms): "saved on the server up to N s ago" is measured from it. */
  recordedAt: number;
}

export interface LocalBookmark {
  localId: string;
  caseId: string;
  meetingId: string;
  atMs: number;
  kind: BookmarkKind;
  note: string;
}

interface RecorderDb extends DBSchema {
  parts: { key: string; value: LocalPart; indexes: { byCase: string } };
  chunks: { key: [string, number]; value: LocalChunk };
  bookmarks: { key: string; value: LocalBookmark; indexes: { byCase: string } };
}

const chunkRange = (clientPartId: string) =>
  IDBKeyRange.bound([clientPartId, -Infinity], [clientPartId, Infinity]);

export class RecorderStore {
  private constructor(private readonly db: IDBPDatabase<RecorderDb>) {}

  static async open(name = 'iep-recorder'): Promise<RecorderStore> {
    const db = await openDB<RecorderDb>(name, 1, {
      upgrade(d) {
        d.createObjectStore('parts', { keyPath: 'clientPartId' }).createIndex('byCase', 'caseId');
        d.createObjectStore('chunks', { keyPath: ['clientPartId', 'seq'] });
        d.createObjectStore('bookmarks', { keyPath: 'localId' }).createIndex('byCase', 'caseId');
      },
    });
    return new RecorderStore(db);
  }

  close(): void {
    this.db.close();
  }

  async putPart(part: LocalPart): Promise<void> {
    await this.db.put('parts', part);
  }

  getPart(clientPartId: string): Promise<LocalPart | undefined> {
    return this.db.get('parts', clientPartId);
  }

  async updatePart(clientPartId: string, patch: Partial<LocalPart>): Promise<LocalPart | undefined> {
    const tx = this.db.transaction('parts', 'readwrite');
    const part = await tx.store.get(clientPartId);
    if (part) await tx.store.put({ ...part, ...patch, clientPartId });
    await tx.done;
    return part ? { ...part, ...patch } : undefined;
  }

  /** Parts of a case (optionally one meeting) still on this device, oldest first. */
  async listParts(caseId: string, meetingId?: string): Promise<LocalPart[]> {
    const all = await this.db.getAllFromIndex('parts', 'byCase', caseId);
    return all
      .filter((p) => meetingId === undefined || p.meetingId === meetingId)
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  }

  /** Writes the chunk and raises the part's highest seq in one transaction, so the two never disagree. */
  async addChunk(chunk: LocalChunk): Promise<void> {
    const tx = this.db.transaction(['chunks', 'parts'], 'readwrite');
    await tx.objectStore('chunks').put(chunk);
    const part = await tx.objectStore('parts').get(chunk.clientPartId);
    if (part && chunk.seq > part.highestSeq) {
      await tx.objectStore('parts').put({ ...part, highestSeq: chunk.seq });
    }
    await tx.done;
  }

  /** The lowest-numbered chunk not yet acknowledged, or undefined. */
  async firstChunk(clientPartId: string): Promise<LocalChunk | undefined> {
    const cursor = await this.db.transaction('chunks').store.openCursor(chunkRange(clientPartId));
    return cursor?.value;
  }

  async countChunks(clientPartId: string): Promise<number> {
    return this.db.count('chunks', chunkRange(clientPartId));
  }

  /** Forgets chunks 0..seq: called only with the server's contiguousUpTo. */
  async deleteUpTo(clientPartId: string, seq: number): Promise<void> {
    if (seq < 0) return;
    await this.db.delete('chunks', IDBKeyRange.bound([clientPartId, -Infinity], [clientPartId, seq]));
  }

  /** After the server accepted "finish": nothing of this part is needed on this device any more. */
  async removePart(clientPartId: string): Promise<void> {
    const tx = this.db.transaction(['chunks', 'parts'], 'readwrite');
    await tx.objectStore('chunks').delete(chunkRange(clientPartId));
    await tx.objectStore('parts').delete(clientPartId);
    await tx.done;
  }

  async addBookmark(bookmark: LocalBookmark): Promise<void> {
    await this.db.put('bookmarks', bookmark);
  }

  async listBookmarks(caseId: string, meetingId: string): Promise<LocalBookmark[]> {
    const all = await this.db.getAllFromIndex('bookmarks', 'byCase', caseId);
    return all.filter((b) => b.meetingId === meetingId);
  }

  async deleteBookmark(localId: string): Promise<void> {
    await this.db.delete('bookmarks', localId);
  }
}
