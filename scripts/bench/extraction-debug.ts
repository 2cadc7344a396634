// Reading one labeled meeting's utterances as the rules see them (for working on the rules, not a benchmark):
// `npx tsx scripts/bench/extraction-debug.ts FOLDER MEETING-ID [INDEX...]` prints each utterance's label, the rules'
// decision and the signals the analysis found, with the turn after it.
import { analyzeMeeting } from '../../packages/core/src/extraction/extract-items.js';
import { ruleDecisions } from '../../packages/core/src/extraction/rules.js';
import { loadMeetings } from '../../packages/core/src/test-support/extraction-corpus.js';
import { toIsoDate } from '../../packages/core/src/calendar/index.js';

const [dir, id, ...picked] = process.argv.slice(2);
if (dir === undefined || id === undefined) throw new Error('Give a folder and a meeting id.');
const meeting = loadMeetings(dir).find((m) => m.id === id);
if (meeting === undefined) throw new Error(`No meeting ${id} in ${dir}.`);
const utterances = meeting.utterances.map((u, i) => ({ speaker: u.speaker, text: u.text, start: i }));
const { analyses, positions } = analyzeMeeting(utterances, toIsoDate(meeting.meetingDate), meeting.speakers);
const rules = ruleDecisions(analyses);
const wanted = new Set(picked.map(Number));
analyses.forEach((a, k) => {
  const i = positions[k] as number;
  if (wanted.size > 0 && !wanted.has(i) && !wanted.has(i - 1)) return;
  const label = meeting.utterances[i];
  const flags = Object.entries(a)
    .filter(([key, v]) => v === true && key !== 'index')
    .map(([key]) => key);
  console.log(
    `#${i} [${a.side}] ${a.speaker}: ${a.text}\n   label=${label?.kind ?? '-'} rules=${rules[k]?.kind ?? '-'} fired=${rules[k]?.fired.join(',')} flags=${flags.join(',')} request=${a.request} commit=${a.commitment === null ? '-' : `${a.commitment.predicate.subject}/${a.commitment.predicate.verb}/${a.commitment.strong}`}`,
  );
  if (process.env['PREDS'] === '1')
    for (const s of a.sentences)
      for (const p of s.parsed.predicates)
        console.log(
          `     pred subj=${p.subject}(${p.subjectWords}) modal=${p.modal} going=${p.goingTo} neg=${p.negative} past=${p.past} verb=${p.verb} obj=${p.object}`,
        );
});
