// A DOCX is a zip file, and the zip library under `docx` stamps every entry with the current time. That alone
// makes two renderings of the same letter differ. This sets every entry's time to one given instant, so the
// same letter gives the same bytes (and the same SHA-256). Only the time fields change: the CRCs cover the
// contents, not the header, so the archive stays valid.

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The MS-DOS date and time of a zip header (local time fields; we pass a UTC wall clock on purpose). */
function dosDateTime(at: Date): number {
  const year = Math.min(Math.max(at.getUTCFullYear(), 1980), 2107) - 1980;
  return (
    ((year << 25) |
      ((at.getUTCMonth() + 1) << 21) |
      (at.getUTCDate() << 16) |
      (at.getUTCHours() << 11) |
      (at.getUTCMinutes() << 5) |
      (at.getUTCSeconds() >> 1)) >>>
    0
  );
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes at the very end.
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= lowest; at--) if (zip.readUInt32LE(at) === EOCD) return at;
  throw new Error('Not a zip file: no end of central directory record.');
}

/** Returns a copy of the zip with every entry's modification time set to `at`. */
export function setZipTimes(zip: Buffer, at: Date): Buffer {
  const out = Buffer.from(zip);
  const stamp = dosDateTime(at);
  const eocd = findEndOfCentralDirectory(out);
  const entries = out.readUInt16LE(eocd + 10);
  let entry = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(entry) !== CENTRAL)
      throw new Error('Broken zip: a central directory entry is missing.');
    out.writeUInt32LE(stamp, entry + 12);
    const local = out.readUInt32LE(entry + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new Error('Broken zip: a local file header is missing.');
    out.writeUInt32LE(stamp, local + 10);
    entry += 46 + out.readUInt16LE(entry + 28) + out.readUInt16LE(entry + 30) + out.readUInt16LE(entry + 32);
  }
  return out;
}
