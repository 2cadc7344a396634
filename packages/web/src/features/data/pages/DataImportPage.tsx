import { Link, useParams, useSearchParams } from 'react-router';
import { ImportWizard } from '../components/ImportWizard';
import { PageHeading } from '../../../components/PageHeading';

export function DataImportPage() {
  const { caseId = '' } = useParams();
  const [params] = useSearchParams();
  // Back to the same "as of" date the parent was looking at.
  const asOf = params.get('asOf');
  const back = `/cases/${encodeURIComponent(caseId)}/data${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`;
  return (
    <>
      <PageHeading>Import scores or logs</PageHeading>
      <p>
        <Link to={back}>Back to Check the data</Link>
      </p>
      <p>
        Bring in progress scores, progress reports, service logs or test results from a CSV or Excel file. We check
        every row first and show any problems. Nothing changes in the case until you choose to import.
      </p>
      <ImportWizard caseId={caseId} backTo={back} />
    </>
  );
}
