import type { Problem } from '@iep/core/contract';
import { useLocation } from 'react-router';
import { casesApi } from '../api/cases';
import { CaseSectionFrame } from '../components/CaseSectionFrame';
import { ClosuresSection } from '../components/ClosuresSection';
import { MeetingsSection } from '../components/MeetingsSection';
import { SharedMeetings } from '../../sharing/components/SharedCaseView';

const notSaved = (what: string): Problem[] => [
  { path: '$', message: `${what} not saved. See the message above.` },
];

/**
 * /cases/:caseId/meetings: the meetings (add, edit, remove; each opens its plan, recorder and companion) and the
 * days the school is closed, which the plan's school-day deadlines skip.
 */
export function MeetingsPage() {
  // The overview's "Add a meeting" opens this page with the new meeting's form already open.
  const startAdding = (useLocation().state as { addMeeting?: unknown } | null)?.addMeeting === true;
  return (
    <CaseSectionFrame
      title="Meetings"
      editable={(stored, { change }) => (
        <>
          <MeetingsSection
            caseId={stored.id}
            meetings={stored.file.meetings}
            startAdding={startAdding}
            onAdd={async (meeting) =>
              (await change(() => casesApi.addMeeting(stored.id, meeting), 'The meeting is saved.')) ??
              notSaved('The meeting was')
            }
            onUpdate={async (meeting) =>
              (await change(() => casesApi.updateMeeting(stored.id, meeting), 'The meeting is saved.')) ??
              notSaved('The meeting was')
            }
            onRemove={async (m) => {
              await change(() => casesApi.deleteMeeting(stored.id, m.id), 'The meeting is removed.');
            }}
          />
          <ClosuresSection
            closures={stored.file.closures}
            onAdd={async (closure) =>
              (await change(() => casesApi.addClosure(stored.id, closure), 'The closed days are saved.')) ??
              notSaved('The closed days were')
            }
            onRemove={async (i) => {
              await change(() => casesApi.deleteClosure(stored.id, i), 'The closed days are removed.');
            }}
          />
        </>
      )}
      readOnly={(stored) => <SharedMeetings stored={stored} />}
    />
  );
}
