import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { BetterTranscripts } from '../components/BetterTranscripts';

/** /setup/speech: the first-run step after the owner account, for a better speech engine (optional). */
export function SpeechSetupPage() {
  return (
    <>
      <PageHeading>Set up transcripts</PageHeading>
      <p>
        IEP Ready can write out your meeting recordings as text. It works now with a basic speech engine. You
        can also get a better one here, or later on any transcript page.
      </p>
      <BetterTranscripts place="setup" />
      <p>
        <Link className="rec-link" to="/">
          Go to my cases
        </Link>
      </p>
    </>
  );
}
