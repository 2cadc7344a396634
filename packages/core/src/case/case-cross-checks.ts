import type { CaseProblem } from './case-problem.js';
import { endsOnOrAfterStart, masteryRequiredFits, targetAfterBaseline } from './goal-rules.js';

// Checks that span several fields (unique ids, ends after starts, references). They read the raw input
// defensively so that they still run when other parts of the file are broken: an invalid file is refused
// with every problem listed at once, not one round at a time.

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function uniqueIds(items: unknown[], base: string, what: string, out: CaseProblem[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = isRecord(item) ? str(item['id']) : undefined;
    if (id === undefined) return;
    if (seen.has(id))
      out.push({ path: `${base}[${i}].id`, message: `Another item here already has the id "${id}".` });
    seen.add(id);
  });
  return seen;
}

function endsBefore(start: unknown, end: unknown): boolean {
  const s = str(start);
  const e = str(end);
  return s !== undefined && e !== undefined && !endsOnOrAfterStart(s, e);
}

export function crossCheckCaseFile(input: unknown): CaseProblem[] {
  if (!isRecord(input)) return [];
  const out: CaseProblem[] = [];
  const teamIds = uniqueIds(list(input['team']), '$.team', 'team member', out);
  uniqueIds(list(input['meetings']), '$.meetings', 'meeting', out);
  uniqueIds(list(input['goals']), '$.goals', 'goal', out);
  uniqueIds(list(input['services']), '$.services', 'service', out);

  list(input['meetings']).forEach((meeting, mi) => {
    if (!isRecord(meeting)) return;
    list(meeting['sessions']).forEach((session, si) => {
      if (!isRecord(session)) return;
      const s = str(session['start']);
      const e = str(session['end']);
      if (s !== undefined && e !== undefined && e <= s) {
        out.push({
          path: `$.meetings[${mi}].sessions[${si}].end`,
          message: 'The session ends before it starts. Check the start and end times.',
        });
      }
    });
  });
  list(input['closures']).forEach((closure, i) => {
    if (isRecord(closure) && endsBefore(closure['from'], closure['to'])) {
      out.push({ path: `$.closures[${i}].to`, message: 'The closure ends before it starts.' });
    }
  });
  list(input['services']).forEach((service, i) => {
    if (!isRecord(service)) return;
    if (endsBefore(service['start'], service['end'])) {
      out.push({ path: `$.services[${i}].end`, message: 'The service ends before it starts.' });
    }
    const provider = str(service['providerId']);
    if (provider !== undefined && !teamIds.has(provider)) {
      out.push({ path: `$.services[${i}].providerId`, message: `No team member has the id "${provider}".` });
    }
  });
  list(input['goals']).forEach((goal, i) => {
    if (!isRecord(goal)) return;
    const baseline = isRecord(goal['baseline']) ? str(goal['baseline']['date']) : undefined;
    const target = isRecord(goal['target']) ? str(goal['target']['date']) : undefined;
    if (baseline !== undefined && target !== undefined && !targetAfterBaseline(baseline, target)) {
      out.push({
        path: `$.goals[${i}].target.date`,
        message: 'The goal date must come after the baseline date.',
      });
    }
    const mastery = goal['mastery'];
    if (
      isRecord(mastery) &&
      typeof mastery['required'] === 'number' &&
      typeof mastery['window'] === 'number'
    ) {
      if (!masteryRequiredFits(mastery['required'], mastery['window'])) {
        out.push({
          path: `$.goals[${i}].mastery.required`,
          message: 'The number of probes required cannot be more than the number looked at.',
        });
      }
    }
  });
  return out;
}
