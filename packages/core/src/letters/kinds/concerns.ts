import { z } from 'zod';
import { goalChartModel, renderGoalChartSvg } from '../../charts/index.js';
import type { LetterContext } from '../context.js';
import type { LetterBlock } from '../letter-types.js';
import { asSentence, CONTACT_ASK, known, meetingPhrase, pwnAsk, studentPhrase } from '../phrases.js';
import { caseManagers, directors } from '../recipients.js';
import { advice, answerEnum, answerList, answerText, defineKind, law, missing, q } from './kind-module.js';

// The parent concerns letter, handed in at the start and attached to the IEP as parent input (34 CFR 300.501(b)).
// Data-check findings become questions, never verdicts.

const REQUEST_KINDS = ['service', 'evaluation', 'placement', 'goal-change', 'other'] as const;

const TEXT_MAX = 4000;
const REQUEST_MAX = 2000;
const REQUESTS = 50;
const FINDINGS = 100;

const requestItem = z.strictObject({
  kind: answerEnum(REQUEST_KINDS).optional(),
  request: answerText(REQUEST_MAX).optional(),
  why: answerText(TEXT_MAX).optional(),
});
/**
 * A question for the meeting: typed by the parent ({ question }), or sent from the data check, which also names
 * the finding, goal and service it came from (the goal's chart goes in the letter).
 */
const findingItem = z.strictObject({
  code: z.string().max(100).optional(),
  goalId: z.string().max(64).nullable().optional(),
  serviceId: z.string().max(64).nullable().optional(),
  question: answerText(TEXT_MAX).optional(),
});

const schema = z.strictObject({
  strengths: answerText(TEXT_MAX).optional(),
  requests: answerList(requestItem, REQUESTS).optional(),
  findings: answerList(findingItem, FINDINGS).optional(),
});

const info = {
  kind: 'concerns' as const,
  title: 'Your concerns letter',
  summary: 'A letter with your concerns and requests. Hand it in at the start of the meeting.',
  needsMeeting: true,
  plannerTask: 'concerns-letter' as const,
  triggers: [],
  hasAttachments: false,
  questions: [
    q(
      'strengths',
      'About your child',
      'long-text',
      'What is your child good at? What do they enjoy?',
      'One or two sentences. It helps the team see your whole child.',
      { maxLength: TEXT_MAX },
    ),
    q(
      'requests',
      'Your requests',
      'list',
      'What do you want to ask the school for?',
      'Add one request at a time. Say what you want and why.',
      {
        required: true,
        maxItems: REQUESTS,
        itemFields: [
          q('kind', 'Your requests', 'choice', 'What kind of request is it?', 'Pick the closest one.', {
            choices: [
              { value: 'service', label: 'A service, or more time for a service' },
              { value: 'evaluation', label: 'A new test or evaluation' },
              { value: 'placement', label: 'A change of class or school' },
              { value: 'goal-change', label: 'A new or changed goal' },
              { value: 'other', label: 'Something else' },
            ],
          }),
          q(
            'request',
            'Your requests',
            'text',
            'What are you asking for?',
            'For example: "30 more minutes of reading help each week."',
            { required: true, maxLength: REQUEST_MAX },
          ),
          q(
            'why',
            'Your requests',
            'long-text',
            'Why do you ask for it?',
            'Say what you have seen, or what the data shows.',
            { allowUnknown: true, maxLength: TEXT_MAX },
          ),
        ],
      },
    ),
    q(
      'findings',
      'Questions from the data check',
      'list',
      'Which questions about the data do you want to ask?',
      'Questions sent from the data check page are here. You can remove them, or add your own.',
      {
        maxItems: FINDINGS,
        itemFields: [
          q(
            'question',
            'Questions from the data check',
            'long-text',
            'What do you want to ask?',
            'One question.',
            {
              required: true,
              maxLength: TEXT_MAX,
            },
          ),
        ],
      },
    ),
  ],
};

const KIND_LABEL: Record<(typeof REQUEST_KINDS)[number], string> = {
  service: 'Service',
  evaluation: 'Evaluation',
  placement: 'Placement',
  'goal-change': 'Goal',
  other: 'Request',
};

interface SelectedFinding {
  question: string;
  goalId: string | null;
}

function selectedFindings(ctx: LetterContext, answers: z.output<typeof schema>): SelectedFinding[] {
  if (answers.findings !== undefined) {
    return answers.findings.flatMap((f) => {
      const question = known(f.question);
      return question === undefined ? [] : [{ question, goalId: f.goalId ?? null }];
    });
  }
  // No choice made yet: offer the serious and concern findings of the data check, if one was run.
  return (ctx.analysis?.findings ?? [])
    .filter((f) => f.severity !== 'info')
    .map((f) => ({ question: f.question, goalId: f.goalId }));
}

/** The size the data check page and the server draw goal charts at, so the letter shows the same picture. */
const CHART_SIZE = { width: 720, height: 440 } as const;

/**
 * One chart block per goal that a selected finding names, in the order the goals are first named. A goal with
 * no scores after its baseline is left out: its chart would be empty axes, and the question already says so.
 */
function chartBlocks(ctx: LetterContext, findings: readonly SelectedFinding[]): LetterBlock[] {
  const analysis = ctx.analysis;
  if (analysis === undefined) return [];
  const goalIds = [...new Set(findings.flatMap((f) => (f.goalId === null ? [] : [f.goalId])))];
  return goalIds.flatMap((goalId): LetterBlock[] => {
    const goal = analysis.goals.find((g) => g.goalId === goalId);
    if (goal === undefined || goal.probes.length === 0) return [];
    const phases = ctx.caseFile.goals.find((g) => g.id === goalId)?.phases ?? [];
    const options = { ...CHART_SIZE, phases };
    const model = goalChartModel(goal, options);
    return [
      {
        type: 'chart',
        goalId,
        title: model.title,
        summary: model.summary,
        table: model.table,
        svg: renderGoalChartSvg(goal, options),
      },
    ];
  });
}

function build(ctx: LetterContext, answers: z.output<typeof schema>) {
  const meeting = ctx.meeting;
  if (meeting === undefined) return missing('meeting', 'Add the meeting date to write your concerns letter.');
  const requests = (answers.requests ?? [])
    .map((r) => ({ ...r, request: known(r.request), why: known(r.why) }))
    .filter((r) => r.request !== undefined);
  const findings = selectedFindings(ctx, answers);
  const questions = findings.map((f) => f.question);
  const charts = chartBlocks(ctx, findings);
  if (requests.length === 0 && questions.length === 0) {
    return missing('requests', 'Add at least one request, or a question from the data check.');
  }
  const student = ctx.caseFile.student.name;
  const body: LetterBlock[] = [
    {
      type: 'paragraph',
      text: `I am the parent of ${studentPhrase(ctx)}. This letter lists my concerns and requests for ${meetingPhrase(meeting)}. Please attach it to the ${ctx.plan} as parent input.`,
    },
  ];
  const strengths = known(answers.strengths);
  if (strengths !== undefined) {
    body.push(
      { type: 'heading', text: `About ${student}` },
      { type: 'paragraph', text: asSentence(strengths) },
    );
  }
  if (requests.length > 0) {
    body.push(
      { type: 'heading', text: 'My requests' },
      {
        type: 'list',
        ordered: true,
        items: requests.map(
          (r) =>
            `${KIND_LABEL[r.kind ?? 'other']}: ${asSentence(r.request ?? '')}` +
            (r.why !== undefined ? ` Why: ${asSentence(r.why)}` : ''),
        ),
      },
    );
  }
  if (questions.length > 0) {
    body.push(
      { type: 'heading', text: 'Questions about the data' },
      {
        type: 'paragraph',
        text: 'I looked at the progress data and the service logs. I would like us to talk about these questions:',
      },
      { type: 'list', ordered: true, items: questions.map(asSentence) },
    );
  }
  if (charts.length > 0) {
    body.push(
      { type: 'heading', text: 'Attached data' },
      {
        type: 'paragraph',
        text:
          charts.length === 1
            ? 'This chart shows the scores behind my questions, from the progress data I have.'
            : 'These charts show the scores behind my questions, from the progress data I have.',
      },
      ...charts,
    );
  }
  body.push(
    { type: 'paragraph', text: pwnAsk(ctx) },
    { type: 'paragraph', text: `Thank you for working with me to help ${student}. ${CONTACT_ASK}` },
  );
  const dir = directors(ctx);
  return {
    title: 'Parent concerns letter',
    subject: `Parent concerns for the ${ctx.plan} meeting: ${student}`,
    to: [...caseManagers(ctx), ...dir.recipients],
    cc: [],
    body,
    closing: 'Thank you,',
    notes: {
      points: [
        'Bring printed copies to the meeting, or send it a day ahead. Ask the team to attach it to the plan as parent input. That is a request, not a rule.',
        'Questions from the data check are questions, not findings of fault. The school may have data you have not seen.',
      ],
      sources: [
        ctx.is504
          ? law('34 CFR 104.36 (notice of 504 decisions)')
          : law('34 CFR 300.503 (Prior Written Notice; in Missouri, Notice of Action)'),
        ...(ctx.is504 ? [] : [law('34 CFR 300.501(b) (parents take part in meetings)')]),
        advice('Asking the team to attach the letter to the plan as parent input (a request, not a rule)'),
      ],
    },
    warnings: dir.warnings,
  };
}

export const concerns = defineKind(info, schema, build);
