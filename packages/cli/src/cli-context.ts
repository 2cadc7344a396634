/** What the commands get from outside: the clock and the environment (so tests can pass their own). */
export interface CliContext {
  clock: () => Date;
  env: NodeJS.ProcessEnv;
}
