import type { Config } from './config.js';
import { buildApp, type AppOptions } from './app/app.js';
import { openStorage, type OpenStorageOptions } from './db/open-storage.js';
import { usePrivateUmask } from './files/private-modes.js';

export interface RunningServer {
  url: string;
  /** What the start did that the operator should hear of once (modes tightened, the database encrypted). */
  notices: readonly string[];
  close(): Promise<void>;
}

/**
 * Opens storage (applying migrations), listens, and returns the address. A failed migration throws. `options` is
 * for the benchmarks (an unencrypted database to compare with) and `appOptions` for browser tests (a fake model
 * publisher's catalog); the app never passes them.
 */
export async function startServer(
  config: Config,
  options: OpenStorageOptions = {},
  appOptions: Pick<AppOptions, 'speechModels'> = {},
): Promise<RunningServer> {
  usePrivateUmask();
  const storage = await openStorage(config, options);
  let app;
  try {
    app = await buildApp(config, storage, appOptions);
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app?.close();
    await storage.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const listening = app;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    notices: storage.notices,
    close: async () => {
      await listening.close();
      await storage.close();
    },
  };
}
