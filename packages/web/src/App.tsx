import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AuthProvider } from './api/auth';
import { Layout } from './components/Layout';
import { RequireAuth } from './components/RequireAuth';
import { CasePage } from './features/cases/pages/CasePage';
import { CasesPage } from './features/cases/pages/CasesPage';
import { DataCheckPage } from './features/data/pages/DataCheckPage';
import { DataImportPage } from './features/data/pages/DataImportPage';
import { ImportCasePage } from './features/cases/pages/ImportCasePage';
import { InvitePage } from './features/accounts/pages/InvitePage';
import { LetterInterviewPage } from './features/letters/pages/LetterInterviewPage';
import { LettersPage } from './features/letters/pages/LettersPage';
import { TimelinePage } from './features/letters/pages/TimelinePage';
import { NewCasePage } from './features/cases/pages/NewCasePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PlanPage } from './features/plan/pages/PlanPage';
import { ImportRecordingPage } from './features/recordings/pages/ImportRecordingPage';
import { PlayerPage } from './features/recordings/pages/PlayerPage';
import { RecordPage } from './features/recordings/pages/RecordPage';
import { TranscriptPage } from './features/transcripts/pages/TranscriptPage';
import { TranscriptSearchPage } from './features/transcripts/pages/TranscriptSearchPage';
import { SetupPage } from './features/accounts/pages/SetupPage';
import { SignInPage } from './features/accounts/pages/SignInPage';
import { SignUpPage } from './features/accounts/pages/SignUpPage';

export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <Routes>
          <Route element={<Layout />}>
            <Route path="/setup" element={<SetupPage />} />
            <Route path="/signin" element={<SignInPage />} />
            <Route path="/signup" element={<SignUpPage />} />
            <Route element={<RequireAuth />}>
              <Route index element={<Navigate to="/cases" replace />} />
              <Route path="/cases" element={<CasesPage />} />
              <Route path="/account/invitations" element={<InvitePage />} />
              <Route path="/cases/new" element={<NewCasePage />} />
              <Route path="/cases/import" element={<ImportCasePage />} />
              <Route path="/cases/:caseId" element={<CasePage />} />
              <Route path="/cases/:caseId/meetings/:meetingId/plan" element={<PlanPage />} />
              <Route path="/cases/:caseId/letters" element={<LettersPage />} />
              <Route path="/cases/:caseId/letters/:kind" element={<LetterInterviewPage />} />
              <Route path="/cases/:caseId/timeline" element={<TimelinePage />} />
              <Route path="/cases/:caseId/data" element={<DataCheckPage />} />
              <Route path="/cases/:caseId/data/import" element={<DataImportPage />} />
              <Route path="/cases/:caseId/meetings/:meetingId/record" element={<RecordPage />} />
              <Route path="/cases/:caseId/meetings/:meetingId/recording" element={<PlayerPage />} />
              <Route
                path="/cases/:caseId/meetings/:meetingId/recording/import"
                element={<ImportRecordingPage />}
              />
              <Route path="/cases/:caseId/meetings/:meetingId/transcript" element={<TranscriptPage />} />
              <Route path="/cases/:caseId/transcripts/search" element={<TranscriptSearchPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  );
}
