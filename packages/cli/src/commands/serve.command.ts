import type { Command } from 'commander';
import { loadConfig, startServer } from '@iep/server';
import type { CliContext } from '../cli-context.js';

export function registerServeCommand(program: Command, context: CliContext): void {
  program
    .command('serve')
    .description('Start the web app (SQLite in IEP_DATA_DIR by default, or DATABASE_URL).')
    .option('--port <port>', 'port to listen on (default 8080, or IEP_PORT)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1, or IEP_HOST)')
    .action(async (options: { port?: string; host?: string }) => {
      const env = { ...context.env };
      if (options.port !== undefined) env['IEP_PORT'] = options.port;
      if (options.host !== undefined) env['IEP_HOST'] = options.host;
      const server = await startServer(loadConfig(env));
      for (const notice of server.notices) console.log(notice);
      console.log(`IEP Ready is running. Open ${server.url} in your browser.`);
      console.log('Press Ctrl+C to stop.');
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          void server.close().then(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
