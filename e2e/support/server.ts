import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, startServer, type AppOptions } from '@iep/server';

export const WEB_DIST = fileURLToPath(new URL('../../packages/web/dist', import.meta.url));

export interface TestServer {
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * Starts the real server in this process on a free port with a fresh data folder, serving the BUILT web app.
 * It builds nothing itself: run `npm run build -w @iep/web` first. Speech model downloads go to a closed local
 * port unless `env` names a (fake) publisher: nothing leaves the machine.
 */
export async function startTestServer(
  env: NodeJS.ProcessEnv = {},
  appOptions: Pick<AppOptions, 'speechModels'> = {},
): Promise<TestServer> {
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
    // Off unless a test passes IEP_LIVE_TRANSCRIPTION in env: the transcript tests start their transcript by hand.
    IEP_LIVE_TRANSCRIPTION: 'false',
    IEP_MODEL_DOWNLOAD_URL: 'http://127.0.0.1:9/models',
    ...env,
  });
  const server = await startServer(config, {}, appOptions);
  return {
    url: server.url,
    dataDir,
    close: async () => {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
