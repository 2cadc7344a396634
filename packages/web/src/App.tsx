import { lazy } from 'react';
import { PublicLayout } from './features/links/components/PublicLayout';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AuthProvider } from './api/auth';
import { Layout } from './components/Layout';
import { RequireAuth } from './components/RequireAuth';
import { NotFoundPage } from './pages/NotFoundPage';

// Each feature page is its own chunk, loaded when first visited (Layout shows a loading line meanwhile), so the
// first page does not download the recorder, the letter interview and the charts.
const AnswersPage = lazy(() =>
  import('./features/answers/pages/AnswersPage').then((m) => ({ default: m.AnswersPage })),
);
const CasePage = lazy(() => import('./features/cases/pages/CasePage').then((m) => ({ default: m.CasePage })));
const ChildTeamPage = lazy(() =>
  import('./features/cases/pages/ChildTeamPage').then((m) => ({ default: m.ChildTeamPage })),
);
const MeetingsPage = lazy(() =>
  import('./features/cases/pages/MeetingsPage').then((m) => ({ default: m.MeetingsPage })),
);
const GoalsServicesPage = lazy(() =>
  import('./features/cases/pages/GoalsServicesPage').then((m) => ({ default: m.GoalsServicesPage })),
);
const CaseRecordingsPage = lazy(() =>
  import('./features/cases/pages/CaseRecordingsPage').then((m) => ({ default: m.CaseRecordingsPage })),
);
const CompanionPage = lazy(() =>
  import('./features/companion/pages/CompanionPage').then((m) => ({ default: m.CompanionPage })),
);
const HomePage = lazy(() => import('./features/home/pages/HomePage').then((m) => ({ default: m.HomePage })));
const DataCheckPage = lazy(() =>
  import('./features/data/pages/DataCheckPage').then((m) => ({ default: m.DataCheckPage })),
);
const DataImportPage = lazy(() =>
  import('./features/data/pages/DataImportPage').then((m) => ({ default: m.DataImportPage })),
);
const ImportCasePage = lazy(() =>
  import('./features/cases/pages/ImportCasePage').then((m) => ({ default: m.ImportCasePage })),
);
const InvitePage = lazy(() =>
  import('./features/accounts/pages/InvitePage').then((m) => ({ default: m.InvitePage })),
);
const LetterInterviewPage = lazy(() =>
  import('./features/letters/pages/LetterInterviewPage').then((m) => ({ default: m.LetterInterviewPage })),
);
const LettersPage = lazy(() =>
  import('./features/letters/pages/LettersPage').then((m) => ({ default: m.LettersPage })),
);
const TimelinePage = lazy(() =>
  import('./features/letters/pages/TimelinePage').then((m) => ({ default: m.TimelinePage })),
);
const NewCasePage = lazy(() =>
  import('./features/cases/pages/NewCasePage').then((m) => ({ default: m.NewCasePage })),
);
const PlanPage = lazy(() => import('./features/plan/pages/PlanPage').then((m) => ({ default: m.PlanPage })));
const ImportRecordingPage = lazy(() =>
  import('./features/recordings/pages/ImportRecordingPage').then((m) => ({ default: m.ImportRecordingPage })),
);
const PlayerPage = lazy(() =>
  import('./features/recordings/pages/PlayerPage').then((m) => ({ default: m.PlayerPage })),
);
const RecordPage = lazy(() =>
  import('./features/recordings/pages/RecordPage').then((m) => ({ default: m.RecordPage })),
);
const TranscriptPage = lazy(() =>
  import('./features/transcripts/pages/TranscriptPage').then((m) => ({ default: m.TranscriptPage })),
);
const TranscriptSearchPage = lazy(() =>
  import('./features/transcripts/pages/TranscriptSearchPage').then((m) => ({
    default: m.TranscriptSearchPage,
  })),
);
const BinderPage = lazy(() =>
  import('./features/binder/pages/BinderPage').then((m) => ({ default: m.BinderPage })),
);
const DocumentPage = lazy(() =>
  import('./features/binder/pages/DocumentPage').then((m) => ({ default: m.DocumentPage })),
);
const CaseSearchPage = lazy(() =>
  import('./features/binder/pages/CaseSearchPage').then((m) => ({ default: m.CaseSearchPage })),
);
const EvidenceBinderPage = lazy(() =>
  import('./features/binder/pages/EvidenceBinderPage').then((m) => ({ default: m.EvidenceBinderPage })),
);
const EscalationPage = lazy(() =>
  import('./features/escalation/pages/EscalationPage').then((m) => ({ default: m.EscalationPage })),
);
const SetupPage = lazy(() =>
  import('./features/accounts/pages/SetupPage').then((m) => ({ default: m.SetupPage })),
);
const SpeechSetupPage = lazy(() =>
  import('./features/speech-models/pages/SpeechSetupPage').then((m) => ({ default: m.SpeechSetupPage })),
);
const SignInPage = lazy(() =>
  import('./features/accounts/pages/SignInPage').then((m) => ({ default: m.SignInPage })),
);
const LinksPage = lazy(() =>
  import('./features/links/pages/LinksPage').then((m) => ({ default: m.LinksPage })),
);
const SharePartPage = lazy(() =>
  import('./features/links/pages/SharePartPage').then((m) => ({ default: m.SharePartPage })),
);
const PublicClipPage = lazy(() =>
  import('./features/links/pages/PublicClipPage').then((m) => ({ default: m.PublicClipPage })),
);
const StudentPage = lazy(() =>
  import('./features/links/pages/StudentPage').then((m) => ({ default: m.StudentPage })),
);
const GuestPage = lazy(() =>
  import('./features/guests/pages/GuestPage').then((m) => ({ default: m.GuestPage })),
);
const StudentCodePage = lazy(() =>
  import('./features/links/pages/StudentPage').then((m) => ({ default: m.StudentCodePage })),
);
const PeoplePage = lazy(() =>
  import('./features/sharing/pages/PeoplePage').then((m) => ({ default: m.PeoplePage })),
);
const JoinPage = lazy(() =>
  import('./features/sharing/pages/JoinPage').then((m) => ({ default: m.JoinPage })),
);
const CaseloadPage = lazy(() =>
  import('./features/sharing/pages/CaseloadPage').then((m) => ({ default: m.CaseloadPage })),
);
const SignUpPage = lazy(() =>
  import('./features/accounts/pages/SignUpPage').then((m) => ({ default: m.SignUpPage })),
);

export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <Routes>
          {/* What a shared link opens: signed out, no menu, nothing of the case but the clip. */}
          <Route element={<PublicLayout />}>
            <Route path="/l/:linkId" element={<PublicClipPage />} />
            <Route path="/s" element={<StudentCodePage />} />
            <Route path="/s/:code" element={<StudentPage />} />
            <Route path="/guest" element={<GuestPage />} />
          </Route>
          <Route element={<Layout />}>
            <Route path="/setup" element={<SetupPage />} />
            <Route path="/signin" element={<SignInPage />} />
            <Route path="/signup" element={<SignUpPage />} />
            {/* A case invitation's link: signed out it makes an account or signs in first. */}
            <Route path="/join" element={<JoinPage />} />
            <Route path="/join/:token" element={<JoinPage />} />
            <Route element={<RequireAuth />}>
              {/* The home: each case with what comes next. "/cases" is the same page (older links and bookmarks). */}
              <Route index element={<HomePage />} />
              <Route path="/setup/speech" element={<SpeechSetupPage />} />
              <Route path="/cases" element={<Navigate to="/" replace />} />
              <Route path="/account/invitations" element={<InvitePage />} />
              <Route path="/cases/new" element={<NewCasePage />} />
              <Route path="/cases/import" element={<ImportCasePage />} />
              <Route path="/cases/:caseId" element={<CasePage />} />
              <Route path="/cases/:caseId/child" element={<ChildTeamPage />} />
              <Route path="/cases/:caseId/meetings" element={<MeetingsPage />} />
              <Route path="/cases/:caseId/goals" element={<GoalsServicesPage />} />
              <Route path="/cases/:caseId/recordings" element={<CaseRecordingsPage />} />
              <Route path="/cases/:caseId/meetings/:meetingId/plan" element={<PlanPage />} />
              <Route path="/cases/:caseId/letters" element={<LettersPage />} />
              <Route path="/cases/:caseId/letters/:kind" element={<LetterInterviewPage />} />
              <Route path="/cases/:caseId/timeline" element={<TimelinePage />} />
              <Route path="/cases/:caseId/data" element={<DataCheckPage />} />
              <Route path="/cases/:caseId/data/import" element={<DataImportPage />} />
              <Route path="/cases/:caseId/meetings/:meetingId/record" element={<RecordPage />} />
              <Route path="/cases/:caseId/meetings/:meetingId/companion" element={<CompanionPage />} />
              <Route path="/cases/:caseId/meetings/:meetingId/recording" element={<PlayerPage />} />
              <Route
                path="/cases/:caseId/meetings/:meetingId/recording/import"
                element={<ImportRecordingPage />}
              />
              <Route path="/cases/:caseId/meetings/:meetingId/transcript" element={<TranscriptPage />} />
              <Route path="/cases/:caseId/transcripts/search" element={<TranscriptSearchPage />} />
              <Route path="/cases/:caseId/binder" element={<BinderPage />} />
              <Route path="/cases/:caseId/binder/:documentId" element={<DocumentPage />} />
              <Route path="/cases/:caseId/search" element={<CaseSearchPage />} />
              <Route path="/cases/:caseId/escalation" element={<EscalationPage />} />
              <Route path="/cases/:caseId/evidence-binder" element={<EvidenceBinderPage />} />
              <Route path="/cases/:caseId/links" element={<LinksPage />} />
              <Route path="/cases/:caseId/meetings/:meetingId/share" element={<SharePartPage />} />
              <Route path="/cases/:caseId/answers" element={<AnswersPage />} />
              <Route path="/cases/:caseId/people" element={<PeoplePage />} />
              <Route path="/caseload" element={<CaseloadPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  );
}
