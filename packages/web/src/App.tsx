import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AuthProvider } from './api/auth';
import { Layout } from './components/Layout';
import { RequireAuth } from './components/RequireAuth';
import { CasePage } from './pages/CasePage';
import { CasesPage } from './pages/CasesPage';
import { DataCheckPage } from './pages/data/DataCheckPage';
import { DataImportPage } from './pages/data/DataImportPage';
import { ImportCasePage } from './pages/ImportCasePage';
import { InvitePage } from './pages/InvitePage';
import { LetterInterviewPage } from './pages/letters/LetterInterviewPage';
import { LettersPage } from './pages/letters/LettersPage';
import { TimelinePage } from './pages/letters/TimelinePage';
import { NewCasePage } from './pages/NewCasePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PlanPage } from './pages/PlanPage';
import { ImportRecordingPage } from './pages/recordings/ImportRecordingPage';
import { PlayerPage } from './pages/recordings/PlayerPage';
import { RecordPage } from './pages/recordings/RecordPage';
import { TranscriptPage } from './pages/recordings/TranscriptPage';
import { TranscriptSearchPage } from './pages/recordings/TranscriptSearchPage';
import { SetupPage } from './pages/SetupPage';
import { SignInPage } from './pages/SignInPage';
import { SignUpPage } from './pages/SignUpPage';

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
