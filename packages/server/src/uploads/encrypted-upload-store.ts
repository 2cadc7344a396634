import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { DataStore, ERRORS, Upload } from '@tus/server';
import { BlobIntegrityError } from '../blobs/blob-format.js';
import type { SealedFiles } from '../blobs/sealed-file.js';

// Where a resumable (tus) upload is kept while it arrives: encrypted like the stored recordings, never plain.
// Each upload is a folder <uploads>/<id> (0700) holding
//   info      its tus facts (length, metadata: case, meeting, file name) and the list of its pieces, sealed;
//   part-N    the bytes of the Nth PATCH (or of the part of it that arrived before the connection dropped),
//             each a sealed file of its own (blob-format.ts: AES-256-GCM segments, a fresh key per file).
// A piece is written as part-N.writing and renamed when complete; `info` is rewritten (write, then rename) to
// list it, with its size and SHA-256. `info` is the truth: the offset is the sum of the pieces it lists, and a
// piece it does not list (a crash between the two steps) is overwritten by the next PATCH. Reading the upload
// back checks every piece against `info`, so pieces cannot be swapped, dropped or replaced unseen.

/** The ids this store accepts (tus makes 32 hex characters); anything else is "not found". */
export const UPLOAD_ID = /^[A-Za-z0-9_-]{1,100}$/;
export const INFO_FILE = 'info';

interface PartInfo {
  name: string;
  bytes: number;
  sha256: string;
}

interface UploadInfo {
  id: string;
  /** Unknown until declared (tus creation-defer-length). */
  size?: number;
  metadata: Record<string, string | null>;
  creationDate?: string;
  parts: PartInfo[];
}

const offsetOf = (info: UploadInfo) => info.parts.reduce((sum, part) => sum + part.bytes, 0);

export class EncryptedUploadStore extends DataStore {
  constructor(
    private readonly directory: string,
    private readonly sealed: SealedFiles,
  ) {
    super();
    this.extensions = ['creation', 'creation-with-upload', 'creation-defer-length', 'termination'];
    fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
  }

  /** The folder of an upload; a malformed id is simply not found (it can never name a path outside). */
  folderOf(id: string): string {
    if (!UPLOAD_ID.test(id)) throw ERRORS.FILE_NOT_FOUND;
    return path.join(this.directory, id);
  }

  override async create(upload: Upload): Promise<Upload> {
    const folder = this.folderOf(upload.id);
    await fs.promises.mkdir(folder, { mode: 0o700 });
    await this.saveInfo(folder, {
      id: upload.id,
      ...(upload.size === undefined ? {} : { size: upload.size }),
      metadata: upload.metadata ?? {},
      ...(upload.creation_date ? { creationDate: upload.creation_date } : {}),
      parts: [],
    });
    upload.storage = { type: 'encrypted-folder', path: folder };
    return upload;
  }

  override async getUpload(id: string): Promise<Upload> {
    const info = await this.loadInfo(id);
    return new Upload({
      id,
      size: info.size,
      offset: offsetOf(info),
      metadata: info.metadata,
      ...(info.creationDate ? { creation_date: info.creationDate } : {}),
      storage: { type: 'encrypted-folder', path: this.folderOf(id) },
    });
  }

  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    const folder = this.folderOf(id);
    const info = await this.loadInfo(id);
    if (offset !== offsetOf(info)) throw ERRORS.INVALID_OFFSET;
    const name = `part-${info.parts.length + 1}`;
    const writing = path.join(folder, `${name}.writing`);
    // What arrived before a dropped connection is kept, so the client resumes after it (as tus's file store does).
    const written = await this.sealed.write(writing, readable, { keepOnSourceError: true });
    if (written.bytes > 0) {
      await fs.promises.rename(writing, path.join(folder, name));
      info.parts.push({ name, bytes: written.bytes, sha256: written.sha256 });
      await this.saveInfo(folder, info);
    } else {
      await fs.promises.rm(writing, { force: true });
    }
    if ('sourceError' in written) throw written.sourceError;
    return offset + written.bytes;
  }

  override async remove(id: string): Promise<void> {
    const folder = this.folderOf(id);
    if (!fs.existsSync(folder)) throw ERRORS.FILE_NOT_FOUND;
    await fs.promises.rm(folder, { recursive: true, force: true });
  }

  override async declareUploadLength(id: string, length: number): Promise<void> {
    const info = await this.loadInfo(id);
    info.size = length;
    await this.saveInfo(this.folderOf(id), info);
  }

  /** The whole upload as plaintext, each piece checked against the list in `info`. */
  read(id: string): Readable {
    return Readable.from(this.pieces(id), { objectMode: false });
  }

  private async *pieces(id: string): AsyncGenerator<Buffer> {
    const info = await this.loadInfo(id);
    const folder = this.folderOf(id);
    for (const part of info.parts) {
      const hash = createHash('sha256');
      let bytes = 0;
      for await (const chunk of this.sealed.read(path.join(folder, part.name))) {
        hash.update(chunk);
        bytes += chunk.length;
        yield chunk;
      }
      if (bytes !== part.bytes || hash.digest('hex') !== part.sha256)
        throw new BlobIntegrityError(`A piece of this upload (${part.name}) was changed or swapped.`);
    }
  }

  private async loadInfo(id: string): Promise<UploadInfo> {
    const file = path.join(this.folderOf(id), INFO_FILE);
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of this.sealed.read(file)) chunks.push(chunk);
    } catch (error) {
      // Missing, or not readable with this key (damaged, or made with a key since replaced): not an upload.
      if (error instanceof BlobIntegrityError) throw ERRORS.FILE_NOT_FOUND;
      throw error;
    }
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as UploadInfo;
  }

  private async saveInfo(folder: string, info: UploadInfo): Promise<void> {
    const writing = path.join(folder, `${INFO_FILE}.writing`);
    await this.sealed.write(writing, Buffer.from(JSON.stringify(info), 'utf8'));
    await fs.promises.rename(writing, path.join(folder, INFO_FILE));
  }
}
