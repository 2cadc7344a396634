import { plusHours } from '../calendar/index.js';
import { computeDeadline, computeHourDeadline } from '../deadlines/index.js';
import { MEDIATION_BASIS, MEDIATION_RECORDING_WARNING, RECORDING_LAW_BASIS } from '../rules/recording-law.js';
import { advice, deadlineOptions, law, type DraftTask, type PlanContext } from './plan-context.js';

// The meeting day and after: prepare from the first session, follow up from the last.

const RULES = 'missouri-rules.md';

export const PWN_SENTENCE =
  'If you refuse my request, please give me Prior Written Notice, which Missouri calls a Notice of Action, under 34 CFR 300.503.';
export const PWN_SENTENCE_504 =
  'If you refuse my request, please give me written notice of your decision and the reasons for it, under 34 CFR 104.36.';

function whoCanCommit(ctx: PlanContext): string {
  const team = ctx.caseFile?.team ?? [];
  const committers = team.filter((m) => m.canCommitResources === true);
  const people =
    committers.length > 0 ? committers : team.filter((m) => m.role === 'district-representative');
  if (people.length === 0) {
    return 'Ask at the start who at the table can agree to services and resources for the school.';
  }
  const names = people.map((m) => `${m.name}${m.title ? ` (${m.title})` : ''}`).join(', ');
  return `Who can agree to services and resources for the school: ${names}.`;
}

export function meetingChecklistTask(ctx: PlanContext): DraftTask {
  const is504 = ctx.planType === '504';
  const mediation = ctx.meetingKind === 'mediation';
  const checklist = [
    mediation
      ? `Do not record. ${MEDIATION_RECORDING_WARNING}`
      : 'Start your audio recording when the meeting starts. Say the date and who is there.',
    'Bring your support person, your records and your questions.',
    'Hand in your concerns letter. Ask that it be attached as parent input.',
    `If the school says no to a request, say: "${is504 ? PWN_SENTENCE_504 : PWN_SENTENCE}"`,
    whoCanCommit(ctx),
    'Write down who promises what, and by when.',
  ];
  const iepMeeting = !is504 && !mediation;
  if (iepMeeting) {
    checklist.splice(
      4,
      0,
      'Has anyone asked you to sign an excusal? You may refuse. A member whose area is discussed can only be excused ' +
        'with your written consent and their written input before the meeting (34 CFR 300.321(e)).',
    );
  }
  const basis = [
    is504
      ? law('34 CFR 104.36', "A 504 plan must come with notice of the school's decisions.", `${RULES} §4`)
      : law(
          '34 CFR 300.503',
          'The school must give Prior Written Notice (Missouri: Notice of Action) before it refuses or changes services.',
          `${RULES} §4`,
        ),
    ...(iepMeeting
      ? [
          law(
            '34 CFR 300.321(e)',
            'A team member whose area is discussed can be excused only with your written consent and their written input.',
            `${RULES} §5`,
          ),
          law(
            '34 CFR 300.321(a)(4)',
            'The district representative must know what resources the school has.',
            `${RULES} §5`,
          ),
        ]
      : []),
    mediation ? MEDIATION_BASIS : RECORDING_LAW_BASIS,
  ];
  return {
    id: 'meeting-checklist',
    title: 'Meeting day checklist',
    explanation: mediation
      ? 'Take this list to the mediation. Do not record it: mediation talks are confidential. If the school says ' +
        'no to a request, ask for the reason in writing.'
      : 'Take this list to the meeting. Start your recording. If the school says no to a request, ask for the reason ' +
        'in writing.',
    due: ctx.first,
    latest: null,
    basis,
    deadlines: [],
    checklist,
    warnings: [],
  };
}

export function followUpTask(ctx: PlanContext): DraftTask {
  return {
    id: 'follow-up',
    title: 'Send a follow-up email',
    explanation:
      'Within a day after the meeting ends, email the team. List what was agreed, what was refused and who promised ' +
      'what. Ask them to tell you if anything is wrong.',
    due: plusHours(ctx.lastEnd, 24),
    latest: null,
    basis: [
      advice(
        'IEP Ready advice (not a legal deadline)',
        'A written summary sent the next day makes a record the school can correct or confirm.',
        'product.md flow step 7',
      ),
    ],
    deadlines: [computeHourDeadline('follow-up', ctx.lastEnd, { planType: ctx.planType })],
    checklist: [
      'List each thing agreed, with who will do it and by when.',
      'List each request the school refused.',
      'Ask for a copy of the plan and the meeting notes.',
    ],
    warnings: [],
  };
}

// The 5 business days are what the PARENT asks of the school; the rule itself says only "a reasonable time"
// (34 CFR 300.503(a); missouri-rules.md §4). The 10-day Notice of Action wait is an IDEA practice (DESE FAQ), so a
// 504 plan has neither the Missouri name nor the wait (§16.4).
export function pwnRequestTask(ctx: PlanContext): DraftTask {
  const is504 = ctx.planType === '504';
  const from = { ...deadlineOptions(ctx), from: ctx.lastEndDate };
  const explanation = is504
    ? 'If the school said no to something you asked for, ask in writing for notice of the decision and the reasons. ' +
      'In your letter, ask the school to send it within 5 business days. That time is your request, not a legal ' +
      'deadline. For a 504 plan the law requires notice, but it does not list what the notice must say.'
    : 'If the school said no to something you asked for, ask in writing for Prior Written Notice. Missouri calls it a ' +
      'Notice of Action. In your letter, ask the school to send it within 5 business days. That time is your ' +
      'request, not a legal deadline.';
  return {
    id: 'pwn-request',
    title: is504 ? 'Ask for written notice of the decision' : 'Ask for a Notice of Action',
    explanation,
    due: plusHours(ctx.lastEnd, 24),
    latest: null,
    basis: [
      is504
        ? law(
            '34 CFR 104.36',
            'A school must give notice about a 504 decision. The rule has no list of what the notice must contain.',
            `${RULES} §4`,
          )
        : law(
            '34 CFR 300.503',
            'The school must give Prior Written Notice a reasonable time before it refuses or changes something. It must have seven parts.',
            `${RULES} §4`,
          ),
      advice(
        'IEP Ready advice',
        'Asking for an answer within 5 business days is your request. The rule only says "a reasonable time".',
        `${RULES} §4`,
      ),
    ],
    deadlines: [
      computeDeadline('pwn-response', from),
      ...(is504 ? [] : [computeDeadline('notice-of-action-wait', from)]),
    ],
    checklist: [
      `Use this sentence: "${is504 ? PWN_SENTENCE_504 : PWN_SENTENCE}"`,
      'Name each request that was refused.',
      'Ask the school to answer within 5 business days.',
      ...(is504 ? [] : ['A change from a Notice of Action waits 10 days unless you agree to start sooner.']),
    ],
    warnings: [],
  };
}
