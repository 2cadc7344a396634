import yauzl from 'yauzl';
import type { Readable } from 'node:stream';

// One guard for every zip-based file the app reads (XLSX imports now; DOCX and backup ZIPs on restore later), run
// BEFORE a parser sees the file. A zip bomb is a small file that unpacks to a huge one: a 304 KB workbook held
// one 300 MB cell. The central directory is checked first (entry count, declared sizes, compression ratio), then
// every entry is inflated as a stream and counted, stopping at a hard byte cap, because declared sizes can lie.
// XML entries are also scanned for the longest text between tags (a cell, a paragraph) and for counted tokens
// (worksheet rows), so the parser never builds a giant string or row list. Nothing is kept in memory.

export interface ArchiveCount {
  /** Entries to scan, e.g. the worksheets. */
  entries: RegExp;
  /** What to count, e.g. /<row[\s>]/g; must be global and match at most 16 bytes. */
  token: RegExp;
  max: number;
  /** The refusal, a plain sentence. */
  message: string;
}

export interface ArchiveLimits {
  /** What the file is to its user, in the messages: "spreadsheet", "document", "backup". */
  noun: string;
  /** What to do about it, ending the messages. */
  advice: string;
  maxEntries: number;
  maxTotalBytes: number;
  maxEntryBytes: number;
  /** Uncompressed / compressed, checked for entries that unpack to more than 1 MB. */
  maxRatio: number;
  /** The longest text between two XML tags, in bytes (XML entries only); null: not checked. */
  maxTextRunBytes: number | null;
  /** The refusal when a text run is too long. */
  textRunMessage?: string;
  counts?: readonly ArchiveCount[];
}

const MB = 1024 * 1024;
const RATIO_FROM_BYTES = MB;

/** The limits of every kind of archive the app reads. */
export const ARCHIVE_LIMITS = {
  // Excel itself keeps at most 32,767 characters in a cell: a longer one was made by hand to hurt. Imports are
  // lists of scores and services: 20,000 rows is years of them.
  xlsx: {
    noun: 'spreadsheet',
    advice: 'Save a smaller file with only the rows you need, or export it as CSV, and try again.',
    maxEntries: 2000,
    maxTotalBytes: 50 * MB,
    maxEntryBytes: 50 * MB,
    maxRatio: 200,
    maxTextRunBytes: 32_767 * 3,
    textRunMessage:
      'One cell in this spreadsheet holds more text than Excel allows. Check the file, or save it again from Excel, and try again.',
    counts: [
      {
        entries: /^xl\/worksheets\/[^/]+\.xml$/,
        token: /<row[\s>/]/g,
        max: 20_000,
        message:
          'This spreadsheet has more than 20,000 rows. Split it into smaller files, or export fewer rows at a time.',
      },
    ],
  },
  docx: {
    noun: 'document',
    advice: 'Save it again from Word or another editor as a smaller file, and try again.',
    maxEntries: 5000,
    maxTotalBytes: 200 * MB,
    maxEntryBytes: 100 * MB,
    maxRatio: 200,
    maxTextRunBytes: 4 * MB,
    textRunMessage:
      'One paragraph in this document is far longer than any real document has. Check the file and try again.',
  },
  // A whole-case backup: recordings are already compressed, so a high ratio is a bomb, not audio.
  backup: {
    noun: 'backup',
    advice: 'Check that it is a backup made by IEP Ready, and try again.',
    maxEntries: 100_000,
    maxTotalBytes: 50 * 1024 * MB,
    maxEntryBytes: 10 * 1024 * MB,
    maxRatio: 100,
    maxTextRunBytes: null,
  },
} as const satisfies Record<string, ArchiveLimits>;

export type ArchiveRefusal = 'unreadable' | 'too-many-entries' | 'too-big' | 'text-run' | 'count';

/** The archive breaks a limit or cannot be read; `message` is a plain sentence for the user. */
export class ArchiveLimitError extends Error {
  override name = 'ArchiveLimitError';
  constructor(
    readonly reason: ArchiveRefusal,
    message: string,
    /** What happened, for the log. */
    readonly detail: string,
  ) {
    super(message);
  }
  /** 413 when the file is too big once unpacked; 422 when it cannot be read or its content breaks a limit. */
  get statusCode(): 413 | 422 {
    return this.reason === 'too-big' || this.reason === 'too-many-entries' ? 413 : 422;
  }
}

export interface ArchiveReport {
  entries: number;
  totalBytes: number;
}

const sizeText = (bytes: number) =>
  bytes >= 1024 * MB ? `${Math.round(bytes / (1024 * MB))} GB` : `${Math.round(bytes / MB)} MB`;

/** Checks a zip (in memory or a file on disk) against the limits; throws ArchiveLimitError. */
export async function checkArchive(
  source: Buffer | { path: string },
  limits: ArchiveLimits,
): Promise<ArchiveReport> {
  const tooBig = (detail: string) =>
    new ArchiveLimitError(
      'too-big',
      `This ${limits.noun} is too big once it is unpacked (more than ${sizeText(limits.maxTotalBytes)}). ${limits.advice}`,
      detail,
    );
  const unreadable = (detail: string) =>
    new ArchiveLimitError(
      'unreadable',
      `This file could not be read as a ${limits.noun}. ${limits.advice}`,
      detail,
    );

  const options: yauzl.Options = { lazyEntries: true, autoClose: false, validateEntrySizes: true };
  let zip: yauzl.ZipFile;
  try {
    zip = Buffer.isBuffer(source)
      ? await yauzl.fromBufferPromise(source, options)
      : await yauzl.openPromise(source.path, options);
  } catch (error) {
    throw unreadable(describe(error));
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new ArchiveLimitError(
      'too-many-entries',
      `This ${limits.noun} holds too many files inside it (more than ${limits.maxEntries.toLocaleString('en-US')}). ${limits.advice}`,
      `${zip.entryCount} entries`,
    );
  }

  // First pass: the central directory only (cheap), so a declared bomb is refused before anything is inflated.
  const entries: yauzl.Entry[] = [];
  let declared = 0;
  try {
    for await (const entry of readEntries(zip)) {
      declared += entry.uncompressedSize;
      if (entry.uncompressedSize > limits.maxEntryBytes || declared > limits.maxTotalBytes)
        throw tooBig(`declared ${entry.fileName}: ${entry.uncompressedSize} bytes, ${declared} in all`);
      checkRatio(entry.fileName, entry.uncompressedSize, entry.compressedSize, limits, tooBig);
      entries.push(entry);
    }
  } catch (error) {
    zip.close();
    throw error instanceof ArchiveLimitError ? error : unreadable(describe(error));
  }

  // Second pass: inflate every entry as a stream and count what really comes out.
  let total = 0;
  try {
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const stream = await zip.openReadStreamPromise(entry);
      const scanners = scannersFor(entry.fileName, limits);
      let inEntry = 0;
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          inEntry += chunk.length;
          total += chunk.length;
          if (inEntry > limits.maxEntryBytes || total > limits.maxTotalBytes)
            throw tooBig(`${entry.fileName} inflated past ${inEntry} bytes (${total} in all)`);
          checkRatio(entry.fileName, inEntry, entry.compressedSize, limits, tooBig);
          for (const scan of scanners) scan(chunk);
        }
      } finally {
        (stream as Readable).destroy();
      }
    }
  } catch (error) {
    throw error instanceof ArchiveLimitError ? error : unreadable(describe(error));
  } finally {
    zip.close();
  }
  return { entries: entries.length, totalBytes: total };
}

function checkRatio(
  name: string,
  bytes: number,
  compressed: number,
  limits: ArchiveLimits,
  tooBig: (detail: string) => ArchiveLimitError,
): void {
  if (bytes > RATIO_FROM_BYTES && bytes / Math.max(compressed, 1) > limits.maxRatio)
    throw tooBig(`${name}: ${bytes} bytes from ${compressed} (ratio over ${limits.maxRatio})`);
}

async function* readEntries(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  while (true) {
    const next = await new Promise<yauzl.Entry | null>((resolve, reject) => {
      const onEntry = (entry: yauzl.Entry) => {
        cleanup();
        resolve(entry);
      };
      const onEnd = () => {
        cleanup();
        resolve(null);
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const cleanup = () => {
        zip.off('entry', onEntry);
        zip.off('end', onEnd);
        zip.off('error', onError);
      };
      zip.on('entry', onEntry);
      zip.on('end', onEnd);
      zip.on('error', onError);
      zip.readEntry();
    });
    if (next === null) return;
    yield next;
  }
}

type Scanner = (chunk: Buffer) => void;

function scannersFor(name: string, limits: ArchiveLimits): Scanner[] {
  const scanners: Scanner[] = [];
  const isXml = /\.(xml|rels|vml)$/i.test(name);
  if (isXml && limits.maxTextRunBytes !== null) scanners.push(textRunScanner(name, limits));
  for (const count of limits.counts ?? [])
    if (count.entries.test(name)) scanners.push(tokenCounter(name, count));
  return scanners;
}

/** The longest run of bytes outside tags (between '>' and '<'), across chunk borders. */
function textRunScanner(name: string, limits: ArchiveLimits): Scanner {
  const max = limits.maxTextRunBytes ?? Infinity;
  let inTag = false;
  let run = 0;
  return (chunk) => {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === 0x3c) {
        inTag = true;
        run = 0;
      } else if (byte === 0x3e) {
        inTag = false;
        run = 0;
      } else if (!inTag && ++run > max) {
        throw new ArchiveLimitError(
          'text-run',
          limits.textRunMessage ??
            `This ${limits.noun} holds a piece of text far too long to read. ${limits.advice}`,
          `${name}: text run over ${max} bytes`,
        );
      }
    }
  };
}

/** Counts a token in an entry, across chunk borders (the last 16 bytes are carried over). */
function tokenCounter(name: string, count: ArchiveCount): Scanner {
  const CARRY = 16;
  let carry = '';
  let seen = 0;
  return (chunk) => {
    const text = carry + chunk.toString('latin1');
    count.token.lastIndex = 0;
    for (let match = count.token.exec(text); match !== null; match = count.token.exec(text)) {
      // A match wholly inside the carried bytes was counted with the previous chunk.
      if (match.index + match[0].length > carry.length) seen++;
    }
    if (seen > count.max)
      throw new ArchiveLimitError('count', count.message, `${name}: more than ${count.max}`);
    carry = text.slice(-CARRY);
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
