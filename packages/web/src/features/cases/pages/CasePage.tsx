import type { StoredCase } from '@iep/core/contract';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { roleMay, type CaseFile, type Closure, type Meeting, type TeamMember } from '@iep/core';
import { ApiError } from '../../../api/client';
import { casesApi } from '../api/cases';
import { AssessmentsSection } from '../components/AssessmentsSection';
import { ClosuresSection } from '../components/ClosuresSection';
import { GoalsSection } from '../components/GoalsSection';
import { MeetingsSection } from '../components/MeetingsSection';
import { RecordingsSection } from '../../recordings/components/RecordingsSection';
import { ParentsSection } from '../components/ParentsSection';
import { ServicesSection } from '../components/ServicesSection';
import { StudentSection } from '../components/StudentSection';
import { TeamSection } from '../components/TeamSection';
import { PageHeading } from '../../../components/PageHeading';
import { StatusMessage } from '../../../components/StatusMessage';
import { useLoad } from '../../../hooks/useLoad';
import { NoCaseAccess } from '../../sharing/components/NoCaseAccess';
import { SharedCaseView } from '../../sharing/components/SharedCaseView';
import { useCaseRole } from '../../sharing/hooks/useCaseRole';

const CONFLICT = 'This case changed somewhere else. Reload to see the newest version.';

type Problems = { path: string; message: string }[];

export function CasePage() {
  const { caseId = '' } = useParams();
  const { data, error, reload, setData } = useLoad(() => casesApi.getCase(caseId), caseId);
  const { role, error: roleError } = useCaseRole(caseId);
  // After joining from a link, the join page hands its sentence over ("You joined this case as Advocate.").
  const joined = (useLocation().state as { joined?: unknown } | null)?.joined;
  const [status, setStatus] = useState(typeof joined === 'string' ? joined : '');
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState('');

  if (error?.status === 404 || roleError?.status === 404) return <NoCaseAccess />;
  if (!data || !role) {
    return (
      <>
        <PageHeading>Case</PageHeading>
        {error || roleError ? (
          <p className="notice error">{(error ?? roleError)?.message}</p>
        ) : (
          <p className="loading">Loading the case…</p>
        )}
      </>
    );
  }
  const stored: StoredCase = data;
  // A member who may not change the case (advocate, viewer) reads it without edit buttons.
  if (!roleMay(role, 'write-case'))
    return (
      <>
        <StatusMessage message={status} />
        <SharedCaseView stored={stored} role={role} />
      </>
    );

  // Every change goes through here: a 409 keeps the form (and what the user typed) open and asks for a reload.
  async function change(run: () => Promise<StoredCase>, message: string): Promise<Problems | null> {
    setFailure('');
    try {
      setData(await run());
      setConflict(false);
      setStatus(message);
      return [];
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) setConflict(true);
      else if (e instanceof ApiError && e.problems.length > 0) return e.problems;
      else setFailure(e instanceof ApiError ? e.message : 'Something went wrong. Please try again.');
      setStatus('');
      return null;
    }
  }

  // Whole-file edits (student, parents, goals, services, test results) send the version this page loaded.
  const saveFile = (part: Partial<CaseFile>, message: string) =>
    change(() => casesApi.putCase(stored.id, stored.version, { ...stored.file, ...part }), message);

  const saveTeam = async (team: TeamMember[], message: string) =>
    (await change(() => casesApi.putCase(stored.id, stored.version, { ...stored.file, team }), message))
      ?.length === 0;

  const addMeeting = async (meeting: Meeting): Promise<Problems> => {
    const result = await change(() => casesApi.addMeeting(stored.id, meeting), 'The meeting is saved.');
    return result ?? [{ path: '$', message: 'The meeting was not saved. See the message above.' }];
  };
  const updateMeeting = async (meeting: Meeting): Promise<Problems> => {
    const result = await change(() => casesApi.updateMeeting(stored.id, meeting), 'The meeting is saved.');
    return result ?? [{ path: '$', message: 'The meeting was not saved. See the message above.' }];
  };
  const addClosure = async (closure: Closure): Promise<Problems> => {
    const result = await change(() => casesApi.addClosure(stored.id, closure), 'The closed days are saved.');
    return result ?? [{ path: '$', message: 'The closed days were not saved. See the message above.' }];
  };

  const name = stored.file.student.name;
  return (
    <>
      <PageHeading title={`${name}'s case`}>{name}</PageHeading>
      {conflict ? (
        <div className="notice warning" role="alert">
          <p>{CONFLICT}</p>
          {/* The notice goes once the newest version is here, so a save right after it uses that version. */}
          <button type="button" onClick={() => void reload().then(() => setConflict(false))}>
            Reload
          </button>
        </div>
      ) : null}
      {failure ? (
        <p className="notice error" role="alert">
          {failure}
        </p>
      ) : null}
      <StatusMessage message={status} />
      <StudentSection stored={stored} onSave={(student) => saveFile({ student }, 'The student is saved.')} />
      <ParentsSection
        parents={stored.file.parents}
        onSave={(parents, message) => saveFile({ parents }, message)}
      />
      <section aria-labelledby="data-check-heading">
        <h2 id="data-check-heading">The school’s data</h2>
        <p>Compare progress scores and service minutes with the IEP, and get questions to ask the team.</p>
        <Link className="button" to={`/cases/${encodeURIComponent(stored.id)}/data`}>
          Check the data
        </Link>
      </section>
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">What the school owes you</h2>
        <p>See each answer you are waiting for, what is late, and the next letter to send.</p>
        <Link className="button" to={`/cases/${encodeURIComponent(stored.id)}/answers`}>
          See what the school owes
        </Link>
      </section>
      <section aria-labelledby="binder-heading">
        <h2 id="binder-heading">The school’s papers</h2>
        <p>Keep the IEP, notices, evaluations, reports and emails in one binder, and search their words.</p>
        <div className="actions">
          <Link className="button" to={`/cases/${encodeURIComponent(stored.id)}/binder`}>
            Open the binder
          </Link>
          <Link className="button secondary" to={`/cases/${encodeURIComponent(stored.id)}/search`}>
            Search papers and meetings
          </Link>
        </div>
      </section>
      <section aria-labelledby="escalation-heading">
        <h2 id="escalation-heading">If the school says no</h2>
        <p>See the ways to take it further, how long you have for each, and who can help.</p>
        <Link className="button" to={`/cases/${encodeURIComponent(stored.id)}/escalation`}>
          Ways to take it further
        </Link>
      </section>
      <section aria-labelledby="people-heading">
        <h2 id="people-heading">People on this case</h2>
        <p>
          {roleMay(role, 'manage-members')
            ? 'Share this case with a co-parent, an advocate or someone who only reads it.'
            : 'See who else can open this case, and what each of them can do.'}
        </p>
        <Link className="button secondary" to={`/cases/${encodeURIComponent(stored.id)}/people`}>
          People on this case
        </Link>
      </section>
      <section aria-labelledby="shared-heading">
        <h2 id="shared-heading">Shared links</h2>
        <p>Parts of meetings you shared with a teacher or your child, and pages for your child.</p>
        <Link className="button secondary" to={`/cases/${encodeURIComponent(stored.id)}/links`}>
          See shared links
        </Link>
      </section>
      <TeamSection team={stored.file.team} onSave={saveTeam} />
      <MeetingsSection
        caseId={stored.id}
        meetings={stored.file.meetings}
        onAdd={addMeeting}
        onUpdate={updateMeeting}
        onRemove={async (m) => {
          await change(() => casesApi.deleteMeeting(stored.id, m.id), 'The meeting is removed.');
        }}
      />
      <GoalsSection
        caseId={stored.id}
        goals={stored.file.goals}
        onSave={(goals, message) => saveFile({ goals }, message)}
      />
      <ServicesSection
        caseId={stored.id}
        services={stored.file.services}
        team={stored.file.team}
        onSave={(services, message) => saveFile({ services }, message)}
      />
      <AssessmentsSection
        assessments={stored.file.assessments}
        onSave={(assessments, message) => saveFile({ assessments }, message)}
      />
      <RecordingsSection caseId={stored.id} meetings={stored.file.meetings} />
      <section aria-labelledby="letters-heading">
        <h2 id="letters-heading">Letters</h2>
        <p>Write the letters for your meeting, keep a copy of each one you send, and see the paper trail.</p>
        <div className="actions">
          <Link className="button" to={`/cases/${encodeURIComponent(stored.id)}/letters`}>
            Letters
          </Link>
          <Link className="button secondary" to={`/cases/${encodeURIComponent(stored.id)}/timeline`}>
            Paper trail
          </Link>
        </div>
      </section>
      <ClosuresSection
        closures={stored.file.closures}
        onAdd={addClosure}
        onRemove={async (i) => {
          await change(() => casesApi.deleteClosure(stored.id, i), 'The closed days are removed.');
        }}
      />
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">Save a copy</h2>
        <p>Download the whole case as a file. You can import it again later or on another computer.</p>
        <a className="button secondary" href={casesApi.exportUrl(stored.id)} download>
          Download the case file
        </a>
      </section>
    </>
  );
}
