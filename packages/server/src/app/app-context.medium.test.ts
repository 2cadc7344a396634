import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { storageTargets } from '../test-support/storage-targets.js';
import { createTestApp, exampleCase, type Session, type TestApp } from '../test-support/test-app.js';

const targets = await storageTargets();

// Each app builds its own context: two apps on one open storage (a test's second app, a restart in the same process)
// keep their own clocks. A context cached per storage let the first app's clock stamp the second app's writes.

describe.each(targets)('app context on $name', (target) => {
  describe.skipIf(target.skip !== null)(`(${target.label})`, () => {
    const LATER = new Date('2026-11-23T16:30:00Z');
    let first: TestApp;
    let second: FastifyInstance;
    let owner: Session;
    let caseId: string;

    beforeAll(async () => {
      first = await createTestApp(target);
      second = await buildApp(first.config, first.storage, { now: () => LATER });
      owner = await first.signUp('owner@example.org');
      caseId = (await first.as(owner, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
    });
    afterAll(async () => {
      await second?.close();
      await first?.close();
    });

    const asOwner = (app: FastifyInstance, method: 'GET' | 'POST', url: string, payload?: object) =>
      app.inject({
        method,
        url,
        headers: { cookie: owner.cookie, ...(method === 'POST' ? { 'x-csrf-token': owner.csrf } : {}) },
        ...(payload ? { payload } : {}),
      });

    it("stamps the second app's recordings and manifests with the second app's clock", async () => {
      const started = await asOwner(second, 'POST', `/api/cases/${caseId}/meetings/m1/recording/parts`, {
        clientPartId: 'client-clock',
        startedAt: '2026-11-23T16:29:00Z',
        mimeType: 'audio/webm;codecs=opus',
      });
      expect(started.statusCode).toBe(201);
      const recording = (await asOwner(second, 'GET', `/api/cases/${caseId}/meetings/m1/recording`)).json<{
        id: string;
      }>();
      const manifestUrl = `/api/cases/${caseId}/recordings/${recording.id}/manifest`;

      const fromSecond = (await asOwner(second, 'GET', manifestUrl)).json<{
        createdAt: string;
        exportedAt: string;
      }>();
      expect(fromSecond.createdAt).toBe(LATER.toISOString());
      expect(fromSecond.exportedAt).toBe(LATER.toISOString());

      const fromFirst = (await asOwner(first.app, 'GET', manifestUrl)).json<{ exportedAt: string }>();
      expect(fromFirst.exportedAt).toBe(first.clock.now.toISOString());
    });
  });
});
