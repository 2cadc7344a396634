import { casesApi } from '../api/cases';
import { CaseSectionFrame } from '../components/CaseSectionFrame';
import { ParentsSection } from '../components/ParentsSection';
import { StudentSection } from '../components/StudentSection';
import { TeamSection } from '../components/TeamSection';
import { SharedPeople } from '../../sharing/components/SharedCaseView';

/** /cases/:caseId/child: the student, the parents and the school team, each edited in place. */
export function ChildTeamPage() {
  return (
    <CaseSectionFrame
      title="Child and team"
      editable={(stored, { saveFile, change }) => (
        <>
          <StudentSection
            stored={stored}
            onSave={(student) => saveFile({ student }, 'The student is saved.')}
          />
          <ParentsSection
            parents={stored.file.parents}
            onSave={(parents, message) => saveFile({ parents }, message)}
          />
          <TeamSection
            team={stored.file.team}
            onSave={async (team, message) =>
              (
                await change(
                  () => casesApi.putCase(stored.id, stored.version, { ...stored.file, team }),
                  message,
                )
              )?.length === 0
            }
          />
        </>
      )}
      readOnly={(stored) => <SharedPeople stored={stored} />}
    />
  );
}
