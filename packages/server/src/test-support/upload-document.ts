import type { LightMyRequestResponse } from 'fastify';
import type { DocumentAdded } from '@iep/core/contract';
import { multipart } from './multipart.js';
import type { Session, TestApp } from './test-app.js';

/** One paper as the binder's upload form sends it: the file, and the form's fields before and after it. */
export interface PaperUpload {
  name: string;
  data: Buffer;
  fields?: Record<string, string>;
  /** Fields sent after the file (a form may put them there; the route must read them too). */
  after?: Record<string, string>;
}

/** Posts one paper to a case's binder through the upload route, as the binder page does: the answer as it comes. */
export function postDocument(
  t: Pick<TestApp, 'app'>,
  session: Pick<Session, 'cookie' | 'csrf'>,
  caseId: string,
  paper: PaperUpload,
): Promise<LightMyRequestResponse> {
  const form = multipart(paper.fields ?? {}, { name: paper.name, data: paper.data }, paper.after);
  return t.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/documents`,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': form.type },
    payload: form.payload,
  });
}

/** The same for a paper the test needs kept: the document the route made (any other answer stops the test). */
export async function addDocument(
  t: Pick<TestApp, 'app'>,
  session: Pick<Session, 'cookie' | 'csrf'>,
  caseId: string,
  paper: PaperUpload,
): Promise<DocumentAdded['document']> {
  const response = await postDocument(t, session, caseId, paper);
  if (response.statusCode !== 201)
    throw new Error(`The paper was not kept: ${response.statusCode} ${response.body}`);
  return response.json<DocumentAdded>().document;
}
