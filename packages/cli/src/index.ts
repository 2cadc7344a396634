import { Command, CommanderError } from 'commander';
import { DomainError } from '@iep/core';
import {
  ConfigError,
  DatabaseEncryptionError,
  DatabaseKeyError,
  KeyFileError,
  MigrationError,
  usePrivateUmask,
} from '@iep/server';
import { CliError } from './cli-errors.js';
import type { CliContext } from './cli-context.js';
import { registerAnalyzeCommand } from './commands/analyze.command.js';
import { registerCaseCommand } from './commands/case.command.js';
import { registerCheckIepCommand } from './commands/check-iep.command.js';
import { registerCompanionCommand } from './commands/companion.command.js';
import { registerAnswersCommand } from './commands/answers.command.js';
import { registerBinderCommand } from './commands/binder.command.js';
import { registerDeadlineCommand } from './commands/deadline.command.js';
import { registerDoctorCommand } from './commands/doctor.command.js';
import { registerDocumentsCommand } from './commands/documents.command.js';
import { registerExtractCommand } from './commands/extract.command.js';
import { registerImportCommand } from './commands/import.command.js';
import { registerKeyCommand } from './commands/key.command.js';
import { registerLetterCommand } from './commands/letter.command.js';
import { registerLinkCommand } from './commands/link.command.js';
import { registerModelsCommand } from './commands/models.command.js';
import { registerPlanCommand } from './commands/plan.command.js';
import { registerRecordingCommand } from './commands/recording.command.js';
import { registerServeCommand } from './commands/serve.command.js';
import { registerTranscribeCommand } from './commands/transcribe.command.js';
import { registerUserCommand } from './commands/user.command.js';

export function buildProgram(context: CliContext): Command {
  const program = new Command('iep')
    .description('IEP Ready: prepare for, record and follow up on IEP and Section 504 meetings in Missouri.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help to see the options)')
    .exitOverride();
  registerServeCommand(program, context);
  registerDeadlineCommand(program);
  registerPlanCommand(program, context);
  registerCaseCommand(program, context);
  registerUserCommand(program, context);
  registerLetterCommand(program, context);
  registerCompanionCommand(program, context);
  registerCheckIepCommand(program, context);
  registerBinderCommand(program, context);
  registerAnswersCommand(program, context);
  registerAnalyzeCommand(program, context);
  registerImportCommand(program, context);
  registerRecordingCommand(program, context);
  registerDocumentsCommand(program, context);
  registerLinkCommand(program, context);
  registerTranscribeCommand(program, context);
  registerModelsCommand(program, context);
  registerExtractCommand(program);
  registerKeyCommand(program, context);
  registerDoctorCommand(program, context);
  return program;
}

const START_ERRORS = [ConfigError, MigrationError, KeyFileError, DatabaseKeyError, DatabaseEncryptionError];

/** Runs the CLI and returns the exit code. Errors become one plain message on stderr, never a stack trace. */
export async function main(
  argv: string[],
  context: CliContext = { clock: () => new Date(), env: process.env },
): Promise<number> {
  usePrivateUmask();
  const program = buildProgram(context);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander already printed help or the usage problem.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    if (error instanceof CliError) {
      console.error(error.message);
      for (const line of error.details) console.error(`  - ${line}`);
      return error.exitCode;
    }
    if (START_ERRORS.some((kind) => error instanceof kind)) {
      // Written for the operator already (what is wrong and what to do): no "Something went wrong" in front.
      console.error((error as Error).message);
      return 1;
    }
    if (error instanceof DomainError) {
      console.error(error.message);
      return 2;
    }
    console.error(`Something went wrong: ${(error as Error).message}`);
    if (context.env['IEP_DEBUG']) console.error(error);
    return 1;
  }
}
