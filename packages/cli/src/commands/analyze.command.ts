import type { Command } from 'commander';
import { analyzeCase, DomainError, plainPercent, SERVICE_LOG_NOTE, type CaseAnalysis } from '@iep/core';
import { todayFor } from '@iep/server';
import { CliError } from '../cli-errors.js';
import { readCaseFile } from '../case-file-io.js';
import { printJson } from '../output.js';
import type { CliContext } from '../cli-context.js';

// `iep analyze`: the data check of a case file, as JSON for scripts or as a readable report.

interface AnalyzeOptions {
  case: string;
  asOf?: string;
  json?: boolean;
}

/** The JSON the issue promises: findings and per-service totals (the weekly rows stay out: they are long). */
export function analysisJson(analysis: CaseAnalysis) {
  return {
    asOf: analysis.asOf,
    findings: analysis.findings.map((f) => ({
      code: f.code,
      goalId: f.goalId,
      serviceId: f.serviceId,
      severity: f.severity,
      evidence: f.evidence,
      question: f.question,
    })),
    services: analysis.services.map((s) => ({
      serviceId: s.serviceId,
      name: s.name,
      requiredMinutes: s.requiredMinutes,
      deliveredMinutes: s.deliveredMinutes,
      excusedMinutes: s.excusedMinutes,
      makeUpMinutes: s.makeUpMinutes,
      missedMinutes: s.missedMinutes,
      shortfallMinutes: s.shortfallMinutes,
      owedMinutes: s.owedMinutes,
      unknownMinutes: s.unknownMinutes,
      unknownWeeks: s.unknownWeeks,
      logStatus: s.logStatus,
      deliveryRate: s.deliveryRate,
      iepMinutesPerWeek: s.iepMinutesPerWeek,
      scheduledMinutesPerWeek: s.scheduledMinutesPerWeek,
    })),
    goals: analysis.goals.map((g) => ({
      goalId: g.goalId,
      area: g.area,
      probes: g.probes.length,
      sufficiency: g.sufficiency,
      summary: g.summary,
    })),
    serviceMinutesCaveat: analysis.serviceMinutesCaveat,
  };
}

const SEVERITY_WORD = { serious: 'SERIOUS', concern: 'Concern', info: 'Note' } as const;

function printReport(analysis: CaseAnalysis, studentName: string): void {
  console.log(`Data check for ${studentName}, as of ${analysis.asOf}`);
  console.log('');
  console.log(
    analysis.findings.length === 0 ? 'No questions found in the data.' : 'Questions to ask the team:',
  );
  analysis.findings.forEach((f, i) => {
    const about =
      f.goalId !== null ? `goal ${f.goalId}` : f.serviceId !== null ? `service ${f.serviceId}` : '';
    console.log(`${i + 1}. [${SEVERITY_WORD[f.severity]}] ${about} (${f.code})`);
    console.log(`   ${f.question}`);
  });
  if (analysis.goals.length > 0) {
    console.log('');
    console.log('Goals:');
    for (const g of analysis.goals) console.log(`- ${g.goalId} ${g.area}: ${g.summary}`);
  }
  if (analysis.services.length > 0) {
    console.log('');
    console.log(
      'Service minutes (required / delivered / excused / marked missed / make-up / owed / not in the log, ' +
        'share given in the weeks the log covers):',
    );
    for (const s of analysis.services) {
      const rate = s.deliveryRate === null ? 'n/a' : plainPercent(s.deliveryRate);
      const log = s.logStatus === 'none' ? ' (no log: nothing counted as missed)' : '';
      console.log(
        `- ${s.serviceId} ${s.name}: ${s.requiredMinutes} / ${s.deliveredMinutes} / ${s.excusedMinutes} / ` +
          `${s.shortfallMinutes} / ${s.makeUpMinutes} / ${s.owedMinutes} / ${s.unknownMinutes}, ${rate}${log}`,
      );
    }
    console.log('');
    console.log(SERVICE_LOG_NOTE);
    console.log('');
    console.log(analysis.serviceMinutesCaveat);
  }
}

export function registerAnalyzeCommand(program: Command, context: CliContext): void {
  program
    .command('analyze')
    .description(
      "Check a case file's data: goals marked mastered without data, progress below the goal line, missed service minutes.",
    )
    .requiredOption('--case <file>', 'the case file (JSON, format iep-ready/case@1)')
    .option('--as-of <date>', "the date to check as of, YYYY-MM-DD (default: today in the case's time zone)")
    .option('--json', 'print JSON: {"findings": [...], "services": [...], ...}')
    .action(async (options: AnalyzeOptions) => {
      const caseFile = await readCaseFile(options.case);
      const asOf = options.asOf ?? todayFor(caseFile, context.clock());
      let analysis: CaseAnalysis;
      try {
        analysis = analyzeCase(caseFile, { asOf });
      } catch (error) {
        if (error instanceof DomainError) throw new CliError(`--as-of: ${error.message}`, 2);
        throw error;
      }
      if (options.json) printJson(analysisJson(analysis));
      else printReport(analysis, caseFile.student.name);
    });
}
