import { roleMay, type CaseRole } from '@iep/core';
import type { StoredCase } from '@iep/core/contract';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { NoCaseAccess } from '../../sharing/components/NoCaseAccess';
import { READ_ONLY_NOTE } from '../../sharing/lib/sharing-text';
import { useCaseEditor, type CaseEditor } from '../hooks/useCaseEditor';
import { CaseNotices } from './CaseNotices';

/**
 * One section of a case on its own page (child and team, meetings, goals and services, recordings): the heading,
 * the way back to the case overview, the notices of the last change, then the section. A member who may not
 * change the case (advocate, viewer) gets `readOnly` instead, with no edit buttons the server would refuse.
 */
export function CaseSectionFrame({
  title,
  editable,
  readOnly,
}: {
  /** The page's name; the h1 is "<title>" and the tab's title "<title> for <child>". */
  title: string;
  editable: (stored: StoredCase, editor: CaseEditor) => ReactNode;
  readOnly: (stored: StoredCase, role: CaseRole) => ReactNode;
}) {
  const { caseId = '' } = useParams();
  const editor = useCaseEditor(caseId);
  const { stored, role, error } = editor;
  if (error?.status === 404) return <NoCaseAccess />;
  if (!stored || !role) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        {error ? (
          <p className="notice error">{error.message}</p>
        ) : (
          <p className="loading">Loading the case…</p>
        )}
      </>
    );
  }
  const mayWrite = roleMay(role, 'write-case');
  return (
    <>
      <PageHeading title={`${title} for ${stored.file.student.name}`}>{title}</PageHeading>
      <p>
        <Link to={`/cases/${encodeURIComponent(stored.id)}`}>Back to {stored.file.student.name}’s case</Link>
      </p>
      {mayWrite ? null : <p className="notice">{READ_ONLY_NOTE}</p>}
      <CaseNotices editor={editor} />
      {mayWrite ? editable(stored, editor) : readOnly(stored, role)}
    </>
  );
}
