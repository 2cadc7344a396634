import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, startServer } from '@iep/server';
import { WEB_DIST } from './server';

export interface RestartableServer {
  url: string;
  dataDir: string;
  /** Stops the server like a crash or a deploy would, keeping its data folder. */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same data folder (and key file). */
  start(): Promise<void>;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The real server on a fixed port, so a browser keeps talking to the same origin across a restart. */
export async function startRestartableServer(
  options: { liveTranscription?: boolean } = {},
): Promise<RestartableServer> {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
    throw new Error('The web app is not built. Run "npm run build -w @iep/web" before the e2e tests.');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-e2e-restart-'));
  const port = await freePort();
  const config = loadConfig({
    IEP_DATA_DIR: dataDir,
    IEP_HOST: '127.0.0.1',
    IEP_PORT: String(port),
    IEP_WEB_DIST: WEB_DIST,
    IEP_LOG_LEVEL: 'silent',
    // Off unless a test asks: the transcript tests start their transcript by hand.
    IEP_LIVE_TRANSCRIPTION: options.liveTranscription ? 'true' : 'false',
  });
  let running: Awaited<ReturnType<typeof startServer>> | null = await startServer(config);
  const url = running.url;
  return {
    url,
    dataDir,
    async stop() {
      await running?.close();
      running = null;
    },
    async start() {
      running ??= await startServer(config);
    },
    async close() {
      await running?.close();
      running = null;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
