import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Session } from './test-app.js';

// A tus client over real HTTP for the upload tests: the tus answers are written to the raw socket, so these tests
// listen on a port instead of using app.inject.

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

export function tusClient(base: () => string) {
  function send(
    session: Session,
    method: string,
    url: string,
    headers: Record<string, string | number>,
    body?: Buffer,
    dropAfter?: number,
  ): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        `${base()}${url}`,
        {
          method,
          headers: {
            cookie: session.cookie,
            'x-csrf-token': session.csrf,
            'tus-resumable': '1.0.0',
            ...headers,
          },
        },
        (response) => {
          let text = '';
          response.on('data', (c: Buffer) => (text += c.toString()));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
          );
        },
      );
      request.on('error', (error) =>
        dropAfter === undefined ? reject(error) : resolve({ status: 0, headers: {}, body: '' }),
      );
      if (body && dropAfter !== undefined) {
        // The network goes away in the middle of the piece.
        request.write(body.subarray(0, dropAfter), () => setTimeout(() => request.destroy(), 50));
        return;
      }
      request.end(body);
    });
  }

  const create = (session: Session, file: string, caseId: string, meetingId = 'm1') =>
    send(session, 'POST', '/api/uploads', {
      'upload-length': fs.statSync(file).size,
      'upload-metadata': `caseId ${b64(caseId)},meetingId ${b64(meetingId)},filename ${b64(path.basename(file))}`,
    });

  const patch = (session: Session, location: string, offset: number, piece: Buffer, dropAfter?: number) =>
    send(
      session,
      'PATCH',
      location,
      {
        'upload-offset': offset,
        'content-type': 'application/offset+octet-stream',
        'content-length': piece.length,
      },
      piece,
      dropAfter,
    );

  return { send, create, patch };
}
