import { describe, expect, it } from 'vitest';
import { extensionOf, nameMismatch, sniff, type Sniffed } from './sniff.js';

const bytes = (...b: number[]) => Buffer.from(b);
const known = (head: Buffer): Sniffed => {
  const found = sniff(head);
  if (found === null || 'unsupported' in found) throw new Error('not a known kind');
  return found;
};

describe('sniff', () => {
  it('knows each kind the binder reads by its first bytes', () => {
    expect(known(Buffer.from('%PDF-1.7\n%âãÏÓ')).mediaType).toBe('application/pdf');
    expect(known(Buffer.concat([Buffer.from('junk before '), Buffer.from('%PDF-1.4')])).format).toBe('pdf');
    expect(known(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0)).mediaType).toBe('image/png');
    expect(known(bytes(0xff, 0xd8, 0xff, 0xe1, 0, 0)).mediaType).toBe('image/jpeg');
    expect(known(bytes(0x49, 0x49, 0x2a, 0x00, 8, 0)).mediaType).toBe('image/tiff');
    expect(known(Buffer.from('RIFF\x10\0\0\0WEBPVP8 ', 'latin1')).mediaType).toBe('image/webp');
    const docx = Buffer.concat([
      bytes(0x50, 0x4b, 0x03, 0x04),
      Buffer.from('....[Content_Types].xml....word/'),
    ]);
    expect(known(docx).format).toBe('docx');
    const msg = Buffer.concat([
      bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
      Buffer.from('__substg1.0_0037001F', 'utf16le'),
    ]);
    expect(known(msg).mediaType).toBe('application/vnd.ms-outlook');
    expect(
      known(Buffer.from('Received: from mx\r\nFrom: a@b.org\r\nSubject: Hi\r\n\r\nBody')).mediaType,
    ).toBe('message/rfc822');
    expect(known(Buffer.from('Notes from the meeting\nThey agreed to 30 minutes.')).format).toBe('text');
    expect(known(Buffer.from('\uFEFFHola', 'utf16le')).format).toBe('text');
  });

  it('names what to do for kinds it cannot read: HEIC, ZIP, old Word', () => {
    const heic = Buffer.concat([bytes(0, 0, 0, 0x18), Buffer.from('ftypheic')]);
    expect(sniff(heic)).toEqual({
      unsupported: expect.stringMatching(/^This is an iPhone photo in HEIC format/),
    });
    expect(sniff(Buffer.concat([bytes(0x50, 0x4b, 0x03, 0x04), Buffer.from('photos/a.jpg')]))).toEqual({
      unsupported: expect.stringMatching(/^This is a ZIP file\./),
    });
    expect(sniff(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0))).toEqual({
      unsupported: expect.stringMatching(/old Word \(\.doc\)/),
    });
  });

  it('takes nothing else: programs, binary noise, text with control bytes', () => {
    expect(sniff(bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1))).toBeNull();
    expect(sniff(bytes(0x4d, 0x5a, 0x90, 0))).toBeNull();
    expect(sniff(Buffer.from('text with a \u0000 null'))).toBeNull();
    expect(sniff(bytes(0xc3, 0x28, 0x41, 0x41, 0x41, 0x41))).toBeNull();
  });
});

describe('nameMismatch', () => {
  it('accepts a matching name, no ending, and text under a few text endings', () => {
    expect(nameMismatch('notice.PDF', known(Buffer.from('%PDF-1.7')))).toBeNull();
    expect(nameMismatch('scan', known(Buffer.from('%PDF-1.7')))).toBeNull();
    expect(nameMismatch('notes.eml', known(Buffer.from('Just a note')))).toBeNull();
  });

  it('says plainly when the name says another kind', () => {
    expect(nameMismatch('report.pdf', known(bytes(0xff, 0xd8, 0xff, 0xe0)))).toBe(
      'This file is named "report.pdf", but it is really a JPEG photo. Check that you picked the right file, or rename it to end in .jpg, and try again.',
    );
    expect(nameMismatch('photo.jpg', known(Buffer.from('%PDF-1.7')))).toMatch(/but it is really a PDF\./);
  });

  it('reads the ending after the last dot only', () => {
    expect(extensionOf('my.notes.final.DOCX')).toBe('docx');
    expect(extensionOf('.bashrc')).toBe('');
    expect(extensionOf('README')).toBe('');
  });
});
