import type { CaseRole, CaseFile } from '@iep/core';
import { STALE_VERSION_MESSAGE, type Problem, type StoredCase } from '@iep/core/contract';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { ApiError } from '../../../api/client';
import { useLoad } from '../../../hooks/useLoad';
import { useCaseRole } from '../../sharing/hooks/useCaseRole';
import { casesApi } from '../api/cases';

export interface CaseEditor {
  stored: StoredCase | null;
  role: CaseRole | null;
  /** The load failed: the case's or the role's error. */
  error: ApiError | null;
  status: string;
  conflict: boolean;
  failure: string;
  reload: () => Promise<void>;
  clearConflict: () => void;
  /** Runs one change: [] saved, problems the server found, or null (the failure or the 409 shows on the page). */
  change: (run: () => Promise<StoredCase>, message: string) => Promise<Problem[] | null>;
  /** A whole-file edit (student, parents, goals, services, test results) on the version this page loaded. */
  saveFile: (part: Partial<CaseFile>, message: string) => Promise<Problem[] | null>;
}

/**
 * The case, the signed-in user's role on it and the one way the case overview and its section pages change it.
 * A 409 keeps the form (and what the user typed) open and asks for a reload.
 */
export function useCaseEditor(caseId: string): CaseEditor {
  const { data, error, reload, setData } = useLoad(() => casesApi.getCase(caseId), caseId);
  const { role, error: roleError } = useCaseRole(caseId);
  // After joining from a link, the join page hands its sentence over ("You joined this case as Advocate.").
  const joined = (useLocation().state as { joined?: unknown } | null)?.joined;
  const [status, setStatus] = useState(typeof joined === 'string' ? joined : '');
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState('');

  async function change(run: () => Promise<StoredCase>, message: string): Promise<Problem[] | null> {
    setFailure('');
    try {
      setData(await run());
      setConflict(false);
      setStatus(message);
      return [];
    } catch (e) {
      // Only a stale version asks for a reload; another 409 (a meeting that has a recording) says why in words.
      if (e instanceof ApiError && e.status === 409 && e.message === STALE_VERSION_MESSAGE) setConflict(true);
      else if (e instanceof ApiError && e.problems.length > 0) return e.problems;
      else setFailure(e instanceof ApiError ? e.message : 'Something went wrong. Please try again.');
      setStatus('');
      return null;
    }
  }

  const saveFile = (part: Partial<CaseFile>, message: string) => {
    if (!data) return Promise.resolve(null);
    return change(() => casesApi.putCase(data.id, data.version, { ...data.file, ...part }), message);
  };

  return {
    stored: data,
    role,
    error: error ?? roleError,
    status,
    conflict,
    failure,
    reload,
    clearConflict: () => setConflict(false),
    change,
    saveFile,
  };
}
