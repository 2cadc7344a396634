import { roleMay } from '@iep/core';
import { useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { StatusMessage } from '../../../components/StatusMessage';
import { NoCaseAccess } from '../../sharing/components/NoCaseAccess';
import { SharedCaseView } from '../../sharing/components/SharedCaseView';
import { CaseNotices } from '../components/CaseNotices';
import { CaseOverview } from '../components/CaseOverview';
import { useCaseEditor } from '../hooks/useCaseEditor';

/**
 * /cases/:caseId: the case at a glance. A short header and a card per section (child and team, meetings, goals
 * and services, letters, recordings, papers), each with a one-line summary and its next step; the sections' forms
 * and lists live on their own pages.
 */
export function CasePage() {
  const { caseId = '' } = useParams();
  const editor = useCaseEditor(caseId);
  const { stored, role, error } = editor;

  if (error?.status === 404) return <NoCaseAccess />;
  if (!stored || !role) {
    return (
      <>
        <PageHeading>Case</PageHeading>
        {error ? (
          <p className="notice error">{error.message}</p>
        ) : (
          <p className="loading">Loading the case…</p>
        )}
      </>
    );
  }
  // A member who may not change the case (advocate, viewer) reads it without edit buttons.
  if (!roleMay(role, 'write-case'))
    return (
      <>
        <StatusMessage message={editor.status} />
        <SharedCaseView stored={stored} role={role} />
      </>
    );
  return (
    <>
      <PageHeading title={`${stored.file.student.name}'s case`}>{stored.file.student.name}</PageHeading>
      <CaseNotices editor={editor} />
      <CaseOverview stored={stored} />
    </>
  );
}
