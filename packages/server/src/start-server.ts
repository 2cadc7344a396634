import type { Config } from './config.js';
import { buildApp } from './http/app.js';
import { openStorage } from './db/open-storage.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Opens storage (applying migrations), listens, and returns the address. A failed migration throws. */
export async function startServer(config: Config): Promise<RunningServer> {
  const storage = await openStorage(config);
  let app;
  try {
    app = await buildApp(config, storage);
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
    close: async () => {
      await listening.close();
      await storage.close();
    },
  };
}
