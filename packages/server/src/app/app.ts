import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Storage } from '../db/open-storage.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { openJobQueue } from '../jobs/open-job-queue.js';
import { registerImportJobs } from '../recordings/import.service.js';
import { createAppContext, type AppContext } from '../context/app-context.js';
import { extractAfterTranscript } from '../transcripts/items.service.js';
import type { TranscriptionEngine } from '../transcripts/transcription-engine.js';
import { dataRoutes } from '../data/data.routes.js';
import { HttpError, MESSAGES, handleError } from '../http/errors.js';
import { accountInvitationRoutes } from '../accounts/account-invitations.routes.js';
import { authRoutes } from '../accounts/auth.routes.js';
import { backupRoutes } from '../backup/backup.routes.js';
import { binderRoutes } from '../binder/binder.routes.js';
import { escalationRoutes } from '../escalation/escalation.routes.js';
import { answerRoutes } from '../plan/answers/answers.routes.js';
import { evidenceRoutes } from '../plan/evidence/evidence.routes.js';
import { caseRoutes } from '../cases/cases.routes.js';
import { companionRoutes } from '../companion/companion.routes.js';
import { letterRoutes } from '../letters/letters.routes.js';
import { linkRoutes } from '../links/links.routes.js';
import { publicLinkRoutes } from '../links/public-links.routes.js';
import { planRoutes } from '../plan/plan.routes.js';
import { recordingRoutes } from '../recordings/recordings.routes.js';
import { transcriptRoutes } from '../transcripts/transcripts.routes.js';
import { transcriptItemRoutes } from '../transcripts/transcript-items.routes.js';
import { speechModelRoutes, type SpeechModelRouteDeps } from '../transcripts/speech-models.routes.js';
import { uploadRoutes } from '../recordings/uploads.routes.js';
import { hostGuard } from '../http/host-guard.js';
import { registerJsonDepthLimit } from '../http/json-depth.js';
import { nullCharacterAddressGuard } from '../http/null-character.js';
import { securityHeadersHook } from '../http/security.js';
import { requireSession } from '../accounts/session.js';
import { caseAccessHook, memberTrailHook } from '../sharing/case-access-hook.js';
import { findCaseAccess } from '../sharing/members.repository.js';
import { caseInvitationCheckRoute, sharingRoutes } from '../sharing/sharing.routes.js';
import { caseloadRoutes } from '../plan/caseload.service.js';
import { homeRoutes } from '../plan/home/home.routes.js';
import { registerWebApp } from '../http/web-app.js';
import { guestRoutes } from '../guests/guest.routes.js';
import { guestCodeRoutes } from '../guests/guest-codes.routes.js';

// How soon a member removed outside this process loses a call still open (OpenCalls checks memberships this often).
const OPEN_CALL_SWEEP_MS = 2000;

declare module 'fastify' {
  interface FastifyInstance {
    iepRoutes: readonly string[];
    /** The one context this app's routes and jobs share (tests reach the blob store and the work in flight here). */
    appContext: AppContext;
  }
}

export interface AppOptions {
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** The background job queue; by default an in-process one on this database. Started and stopped with the app. */
  jobs?: JobQueue;
  /** The speech engines; the real ones unless a test hands in a fake. */
  transcription?: TranscriptionEngine;
  /** The speech model download's publisher, catalog and machine; the real ones unless a test hands in others. */
  speechModels?: SpeechModelRouteDeps;
}

/** Builds the HTTP app over an open storage. The caller listens (or uses app.inject in tests) and closes. */
export async function buildApp(
  config: Config,
  storage: Storage,
  options: AppOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // Never echo request ids or stack traces: the error handler below decides every error body.
    return503OnClosing: true,
  });
  // The one context of this app, handed to every feature. It uses the storage's clock unless told otherwise;
  // services stamp their writes with the storage's clock, so a caller that sets one should open the storage with the
  // same clock (see openStorage's `now`).
  const ctx = createAppContext(config, storage, {
    ...(options.now ? { now: options.now } : {}),
    log: (message, detail) => app.log.warn({ err: detail }, message),
  });
  app.decorate('appContext', ctx);
  // One queue for every background job: in-process over the `jobs` table, or pg-boss on PostgreSQL. Two at a
  // time, so an imported file is normalized while a long transcription runs.
  const jobs = options.jobs ?? openJobQueue(storage, { config, now: ctx.now, concurrency: 2, log: ctx.log });
  registerImportJobs(jobs, ctx);
  app.addHook('onReady', () => jobs.start());
  // A member removed outside this process (the CLI, another server on the same PostgreSQL) loses a call still open
  // at the next check.
  ctx.openCalls.checkMemberships({
    stillMember: async (caseId, userId) => (await findCaseAccess(storage.db, userId, caseId)) !== null,
    sweepMs: OPEN_CALL_SWEEP_MS,
  });
  app.addHook('onClose', () => {
    ctx.openCalls.stopSweeping();
    return jobs.stop();
  });

  // Every route as "METHOD /path", so the authorization matrix test can check that it covers each one. A HEAD
  // that Fastify adds by itself for a GET (it runs the GET's handler) is left out; a HEAD registered on its own
  // (tus) is in. Fastify adds that HEAD right after its GET, so the GET is already listed.
  const routes: string[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      if (method !== 'HEAD' || !routes.includes(`GET ${route.url}`)) routes.push(`${method} ${route.url}`);
  });
  app.decorate('iepRoutes', routes);
  app.decorateRequest('signedIn', null);
  app.decorateRequest('caseAccess', null);
  app.setErrorHandler(handleError);
  app.addHook('onRequest', hostGuard(config));
  app.addHook('onRequest', nullCharacterAddressGuard);
  app.addHook('onSend', securityHeadersHook(config.publicUrl));
  registerJsonDepthLimit(app);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    // The limit guards the API. The web app's own files (index.html, hashed scripts, fonts) are static and cheap;
    // counting them let a few quick page loads use up the minute and leave a blank page (a script answered 429).
    allowList: (req) => !req.url.startsWith('/api/'),
    errorResponseBuilder: () => new HttpError(429, MESSAGES.rateLimited),
  });

  app.get('/api/health', () => ({ ok: true }));
  authRoutes(app, ctx);
  caseInvitationCheckRoute(app, ctx);
  // Shared links work without a session: the link itself is the key (links/public-links.routes.ts).
  publicLinkRoutes(app, ctx);
  // A guest at the table: the guest cookie a one-time code started is the key (guests/guest-session.ts).
  guestRoutes(app, ctx);

  await app.register(async (signedIn) => {
    signedIn.addHook('preHandler', requireSession(ctx));
    signedIn.addHook('preHandler', caseAccessHook(ctx.storage, ctx.openCalls));
    signedIn.addHook('onSend', memberTrailHook(ctx.storage, ctx.now));
    accountInvitationRoutes(signedIn, ctx);
    caseRoutes(signedIn, ctx);
    planRoutes(signedIn, ctx);
    await signedIn.register(dataRoutes(ctx));
    letterRoutes(signedIn, ctx);
    await signedIn.register(recordingRoutes(ctx));
    await signedIn.register(uploadRoutes(ctx, jobs));
    await signedIn.register(
      transcriptRoutes(ctx, {
        jobs,
        transcription: options.transcription,
        onTranscriptDone: extractAfterTranscript,
      }),
    );
    await signedIn.register(speechModelRoutes(ctx, options.speechModels));
    backupRoutes(signedIn, ctx);
    await signedIn.register(binderRoutes(ctx, jobs));
    transcriptItemRoutes(signedIn, ctx);
    companionRoutes(signedIn, ctx);
    sharingRoutes(signedIn, ctx);
    caseloadRoutes(signedIn, ctx);
    homeRoutes(signedIn, ctx);
    escalationRoutes(signedIn, ctx);
    linkRoutes(signedIn, ctx);
    answerRoutes(signedIn, ctx);
    evidenceRoutes(signedIn, ctx, jobs);
    guestCodeRoutes(signedIn, ctx);
  });

  await registerWebApp(app, config.webDist);
  return app;
}
