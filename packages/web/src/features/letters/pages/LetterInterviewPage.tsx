import type { LetterFileInfo } from '@iep/core/contract';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  nextQuestionId,
  previousQuestionId,
  servicesWithMissedMinutes,
  startQuestionId,
  visibleQuestions,
  withCaseChoices,
} from '@iep/core';
import { casesApi } from '../../cases/api/cases';
import { dataApi } from '../../data/api/data';
import { lettersApi } from '../api/letters';
import { CompanionDraftNote } from '../components/CompanionDraftNote';
import { DownloadPanel } from '../components/DownloadPanel';
import { MarkSentForm } from '../components/MarkSentForm';
import { MeetingPicker } from '../components/MeetingPicker';
import { PreviewPanel } from '../components/PreviewPanel';
import { PreviewToggle } from '../components/PreviewToggle';
import { QuestionScreen } from '../components/QuestionScreen';
import { ReviewAnswers } from '../components/ReviewAnswers';
import { SaveStatus } from '../components/SaveStatus';
import { useLetterDraft } from '../hooks/useLetterDraft';
import { useLetterKinds } from '../hooks/useLetterKinds';
import { PageHeading } from '../../../components/PageHeading';
import { useLoad } from '../../../hooks/useLoad';
import { deviceToday, formatInZone, formatLocal } from '../../../lib/format-time';
import { roleName } from '../../sharing/lib/role-words';
import { letterFiles } from '../lib/letter-status';
import { NotFoundPage } from '../../../pages/NotFoundPage';
import { useCaseAccess } from '../../sharing/hooks/useCaseAccess';
import { RoleNote } from '../../sharing/components/RoleNote';

const DEFAULT_ZONE = 'America/Chicago';

/** The first meeting still to come (by its wall-clock start, good enough to pick a plan), else the last one. */
function nextMeetingId(meetings: { id: string; sessions: { start: string }[] }[]): string | null {
  const today = new Date().toISOString().slice(0, 10);
  const dated = meetings
    .map((m) => ({ id: m.id, start: m.sessions[0]?.start ?? '' }))
    .sort((a, b) => a.start.localeCompare(b.start));
  return (dated.find((m) => m.start.slice(0, 10) >= today) ?? dated[dated.length - 1])?.id ?? null;
}

/**
 * The guided interview for one letter: /cases/:caseId/letters/:kind?meeting=ID&q=QUESTION (or &step=review).
 * The step lives in the address, so a reload, the browser's Back button and "Edit" links all land on the
 * same screen.
 */
export function LetterInterviewPage() {
  const { caseId = '', kind = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { key, state: arrival } = useLocation();
  const meetingId = params.get('meeting');
  const onReview = params.get('step') === 'review';
  const { kinds, failed } = useLetterKinds();
  const stored = useLoad(() => casesApi.getCase(caseId), caseId);
  const overview = useLoad(() => lettersApi.letters(caseId), `${caseId}/${kind}/${meetingId ?? ''}`);
  const [madeHere, setMadeHere] = useState<LetterFileInfo[]>([]);
  const info = kinds?.find((k) => k.kind === kind) ?? null;
  // A compensatory services request lists only the services whose log marks minutes missed (the data check).
  const asksMissed = info?.questions.some((q) => q.choicesFrom === 'services-with-missed-minutes') === true;
  const missed = useLoad(
    () =>
      asksMissed
        ? dataApi.analysis(caseId, deviceToday()).then(servicesWithMissedMinutes)
        : Promise.resolve([]),
    `${caseId}/${asksMissed ? 'missed' : ''}`,
  );
  const needsMeetingPick = info?.needsMeeting === true && !meetingId;
  const access = useCaseAccess(caseId);
  // A viewer may not draft: the interview (which saves as it goes) is not offered, so nothing is refused.
  const mayDraft = access.may('draft-letters');
  const draft = useLetterDraft(caseId, kind, meetingId, info !== null && !needsMeetingPick && mayDraft);

  // "Mark as sent" offers this letter's files (those made on this screen too) and picks the one the way of
  // sending sends: the .eml for an email, the PDF on paper.
  const onRecord = overview.data?.files ?? [];
  const files = letterFiles(
    [...madeHere.filter((m) => !onRecord.some((f) => f.id === m.id)), ...onRecord],
    kind,
    meetingId,
  );

  if (stored.error?.status === 404) return <NotFoundPage what="case" />;
  if (kinds && !info) return <NotFoundPage what="letter" />;

  const base = `/cases/${encodeURIComponent(caseId)}/letters/${encodeURIComponent(kind)}`;
  const withMeeting = (extra: string) => {
    const q = new URLSearchParams();
    if (meetingId) q.set('meeting', meetingId);
    for (const [k, v] of new URLSearchParams(extra)) q.set(k, v);
    const s = q.toString();
    return s ? `${base}?${s}` : base;
  };
  const questionHref = (id: string) => withMeeting(`q=${encodeURIComponent(id)}`);
  const reviewHref = withMeeting('step=review');

  const meeting = stored.data?.file.meetings.find((m) => m.id === meetingId) ?? null;
  const timeZone = meeting?.timeZone ?? stored.data?.file.meetings[0]?.timeZone ?? DEFAULT_ZONE;
  const title = info?.title ?? 'Letter';
  const studentName = stored.data?.file.student.name;

  const questions = withCaseChoices(
    info?.questions ?? [],
    stored.data?.file.services ?? [],
    stored.data?.file.student.planType,
    missed.data ?? [],
  );
  const current = onReview ? null : startQuestionId(questions, draft.answers, params.get('q'));
  const currentQuestion = questions.find((q) => q.id === current) ?? null;

  let body;
  if (failed || stored.error || access.error) {
    body = <p className="notice error">We could not load this letter. Please reload the page.</p>;
  } else if (!info || !stored.data || !access.role) {
    body = <p className="loading">Loading the letter…</p>;
  } else if (!mayDraft) {
    body = (
      <RoleNote>
        Only the family and their advocate can write letters. You can see how far each letter is on the{' '}
        <Link to={`/cases/${encodeURIComponent(caseId)}/letters`}>letters page</Link>.
      </RoleNote>
    );
  } else if (needsMeetingPick) {
    body = (
      <MeetingPicker
        caseId={caseId}
        meetings={stored.data.file.meetings}
        notFor={info.notForMeetingKinds ?? []}
        onPick={(id) => void navigate(`${base}?meeting=${encodeURIComponent(id)}`)}
      />
    );
  } else if (!draft.loaded) {
    body = <p className="loading">Loading your answers…</p>;
  } else if (!onReview && currentQuestion) {
    body = (
      <>
        <QuestionScreen
          key={currentQuestion.id}
          questions={questions}
          question={currentQuestion}
          answers={draft.answers}
          onAnswer={draft.setAnswer}
          saveProblems={draft.saveState === 'refused' ? draft.saveProblems : []}
          questionHref={questionHref}
          moveFocus={key !== 'default'}
          onBack={(() => {
            const prev = previousQuestionId(questions, draft.answers, currentQuestion.id);
            return prev ? () => void navigate(questionHref(prev)) : null;
          })()}
          onNext={() => {
            const next = nextQuestionId(questions, draft.answers, currentQuestion.id);
            void navigate(next ? questionHref(next) : reviewHref);
          }}
        />
        <PreviewToggle
          caseId={caseId}
          kind={kind}
          meetingId={meetingId}
          answers={draft.answers}
          questionIds={questions.map((q) => q.id)}
          questionHref={questionHref}
        />
      </>
    );
  } else {
    const shown = visibleQuestions(questions, draft.answers);
    const last = shown[shown.length - 1];
    body = (
      <>
        {meetingId ? <CompanionDraftNote caseId={caseId} meetingId={meetingId} state={arrival} /> : null}
        <ReviewAnswers
          questions={questions}
          answers={draft.answers}
          questionHref={questionHref}
          moveFocus={key !== 'default'}
        />
        {last ? (
          <p>
            <Link to={questionHref(last.id)}>Back to the last question</Link>
          </p>
        ) : null}
        <PreviewPanel
          caseId={caseId}
          kind={kind}
          meetingId={meetingId}
          answers={draft.answers}
          questionIds={questions.map((q) => q.id)}
          questionHref={questionHref}
        />
        <DownloadPanel
          caseId={caseId}
          kind={kind}
          meetingId={meetingId}
          beforeMake={draft.flush}
          onMade={(file) => setMadeHere((made) => [file, ...made])}
          mayMakeFiles={access.may('write-case')}
        />
        {access.may('write-case') ? (
          <MarkSentForm
            caseId={caseId}
            kind={kind}
            meetingId={meetingId}
            timeZone={timeZone}
            files={files}
            planMeetingId={meetingId ?? nextMeetingId(stored.data.file.meetings)}
            beforeMake={draft.flush}
            onSent={() => void overview.reload()}
          />
        ) : null}
      </>
    );
  }

  return (
    <>
      <PageHeading title={studentName ? `${title} for ${studentName}` : title}>{title}</PageHeading>
      <p className="letter-context">
        {studentName ? `For ${studentName}` : null}
        {meeting?.sessions[0]
          ? `, about the meeting on ${formatLocal(meeting.sessions[0].start, { withYear: true, dateOnly: true })}`
          : null}
      </p>
      <p>
        <Link to={`/cases/${encodeURIComponent(caseId)}/letters`}>All letters for this case</Link>
      </p>
      {draft.loadError ? (
        <p className="notice warning">
          We could not reach the server, so you see the answers kept on this device. They will be saved when
          the connection is back.
        </p>
      ) : null}
      {draft.fromDevice ? (
        <div className="notice warning">
          <p>
            You see the answers kept on this device. They are newer than the answers saved to your account,
            and are not saved there yet.
          </p>
          <div className="actions">
            <button type="button" className="secondary" onClick={draft.revertToSaved}>
              Use the saved answers instead
            </button>
          </div>
        </div>
      ) : null}
      {draft.changedBy && !draft.changedBy.you ? (
        <p className="notice" data-testid="draft-changed-by">
          {draft.changedBy.name} ({roleName(draft.changedBy.role).toLowerCase()}) last changed these answers
          on {formatInZone(draft.changedBy.at, timeZone, { withYear: true })}. Read them over before you send
          the letter.
        </p>
      ) : null}
      <SaveStatus state={draft.saveState} problems={draft.saveProblems} />
      {body}
    </>
  );
}
