import { randomBytes } from 'node:crypto';

/**
 * A multipart/form-data body (text fields, then one file in the field "file", then the `after` fields), as
 * app.inject takes it.
 */
export function multipart(
  fields: Record<string, string>,
  file?: { name: string; data: Buffer },
  after: Record<string, string> = {},
): { payload: Buffer; type: string } {
  const boundary = `----iep${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  const field = ([name, value]: [string, string]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  chunks.push(...Object.entries(fields).map(field));
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file.data,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(...Object.entries(after).map(field));
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), type: `multipart/form-data; boundary=${boundary}` };
}
