import { Link } from 'react-router';
import { AssessmentsSection } from '../components/AssessmentsSection';
import { CaseSectionFrame } from '../components/CaseSectionFrame';
import { GoalsSection } from '../components/GoalsSection';
import { ServicesSection } from '../components/ServicesSection';
import { SharedGoals, SharedServices } from '../../sharing/components/SharedCaseView';

/** /cases/:caseId/goals: the IEP's goals and services, and the state test results. */
export function GoalsServicesPage() {
  return (
    <CaseSectionFrame
      title="Goals and services"
      editable={(stored, { saveFile }) => (
        <>
          <p>
            Enter the goals and services from the IEP or 504 plan. Then{' '}
            <Link to={`/cases/${encodeURIComponent(stored.id)}/data`}>check the data</Link> the school keeps
            on them.
          </p>
          <GoalsSection
            caseId={stored.id}
            goals={stored.file.goals}
            defaultOpen
            onSave={(goals, message) => saveFile({ goals }, message)}
          />
          <ServicesSection
            caseId={stored.id}
            services={stored.file.services}
            team={stored.file.team}
            defaultOpen
            onSave={(services, message) => saveFile({ services }, message)}
          />
          <AssessmentsSection
            assessments={stored.file.assessments}
            onSave={(assessments, message) => saveFile({ assessments }, message)}
          />
        </>
      )}
      readOnly={(stored) => (
        <>
          <SharedGoals stored={stored} />
          <SharedServices stored={stored} />
        </>
      )}
    />
  );
}
