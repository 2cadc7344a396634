import fs from 'node:fs';
import type { AppContext } from '../context/app-context.js';
import { openReader, UnreadableDocumentError, type PageText } from './readers.js';
import { NOT_A_DOCUMENT, sniff } from './sniff.js';

// The pages of a file on the parent's own disk, for the CLI's checks (`iep check-iep FILE`): known by its first
// bytes as an upload is, read by the binder's readers (text layer, OCR for pages without one) in the private temp
// folder. Nothing is stored.

const HEAD_BYTES = 8192;

export async function readFilePages(ctx: AppContext, file: string): Promise<PageText[]> {
  const handle = await fs.promises.open(file, 'r');
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const sniffed = sniff(head);
  if (sniffed === null) throw new UnreadableDocumentError(NOT_A_DOCUMENT);
  if ('unsupported' in sniffed) throw new UnreadableDocumentError(sniffed.unsupported);
  const reader = await openReader(file, sniffed.format, sniffed.mediaType, ctx.tmpDir);
  try {
    const pages: PageText[] = [];
    for (let n = 1; n <= reader.pages; n++) pages.push(await reader.read(n));
    return pages;
  } finally {
    await reader.close();
  }
}
