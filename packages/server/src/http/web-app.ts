import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { MESSAGES } from './errors.js';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>IEP Ready: web app not built</title></head>
<body><main>
<h1>The web app is not built yet</h1>
<p>The server is running, but it has no web pages to show.</p>
<p>Build them from the project folder with <code>npm run build</code>, then start the server again.</p>
<p>The API answers under <a href="/api/health">/api/health</a>.</p>
</main></body></html>
`;

/**
 * Serves the built single-page app. Paths that are not files get index.html so the app's own router can
 * handle them; paths under /api never do, so a wrong API address is a clear JSON 404.
 */
export async function registerWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  const indexFile = path.join(webDist, 'index.html');
  const built = fs.existsSync(indexFile);
  if (built) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  } else {
    app.get('/', (_request, reply) =>
      reply.status(200).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE),
    );
  }
  app.setNotFoundHandler((request, reply) => {
    const pathOnly = request.url.split('?')[0] ?? '';
    if (pathOnly === '/api' || pathOnly.startsWith('/api/')) {
      return reply.status(404).send({ error: MESSAGES.noSuchApi });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return reply.status(404).send({ error: 'There is nothing at this address.' });
    }
    if (!built) return reply.status(404).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
