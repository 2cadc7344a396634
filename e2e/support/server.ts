import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, startServer } from '@iep/server';

export const WEB_DIST = fileURLToPath(new URL('../../packages/web/dist', import.meta.url));

export interface TestServer {
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * Starts the real server in this process on a free port with a fresh data folder, serving the BUILT web app.
 * It builds nothing itself: run `npm run build -w @iep/web` first.
 */
export async function startTestServer(options: { liveTranscription?: boolean } = {}): Promise<TestServer> {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
    throw new Error(
      `The web app is not built (${WEB_DIST}/index.html is missing). Run "npm run build -w @iep/web" before the e2e tests.`,
    );
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-e2e-'));
  const config = loadConfig({
    IEP_DATA_DIR: dataDir,
    IEP_HOST: '127.0.0.1',
    IEP_PORT: '0',
    IEP_WEB_DIST: WEB_DIST,
    IEP_LOG_LEVEL: 'silent',
    // Off unless a test asks: the transcript tests start their transcript by hand.
    IEP_LIVE_TRANSCRIPTION: options.liveTranscription ? 'true' : 'false',
  });
  const server = await startServer(config);
  return {
    url: server.url,
    dataDir,
    close: async () => {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
