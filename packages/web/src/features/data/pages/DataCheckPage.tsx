import type { StoredCase } from '@iep/core/contract';
import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { SERVICE_LOG_NOTE, type Finding, type ServiceLedger, plainDate } from '@iep/core';
import { ApiError } from '../../../api/client';
import { casesApi } from '../../cases/api/cases';
import { dataApi } from '../api/data';
import { FindingsList } from '../components/FindingsList';
import { GoalChart } from '../components/GoalChart';
import { ProbeForm, ServiceLogForm } from '../components/ManualEntry';
import { ServiceLedgerSection } from '../components/ServiceLedgerSection';
import { TextField } from '../../../components/Field';
import { PageHeading } from '../../../components/PageHeading';
import { StatusMessage } from '../../../components/StatusMessage';
import { useLoad } from '../../../hooks/useLoad';
import { isRealDate } from '../lib/data-entry';
import { deviceToday } from '../../../lib/format-time';
import { NotFoundPage } from '../../../pages/NotFoundPage';

type Problems = { path: string; message: string }[];


const failureText = (e: unknown) =>
  e instanceof ApiError ? e.message : 'Something went wrong. Please try again.';

export function DataCheckPage() {
  const { caseId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asOfParam = params.get('asOf');
  const asOf = asOfParam !== null && isRealDate(asOfParam) ? asOfParam : deviceToday();
  const [asOfInput, setAsOfInput] = useState(asOf);
  const [asOfError, setAsOfError] = useState('');
  const caseLoad = useLoad(() => casesApi.getCase(caseId), caseId);
  const { data, error, reload } = useLoad(() => dataApi.analysis(caseId, asOf), `${caseId}|${asOf}`);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  const notFound = error?.status === 404 || caseLoad.error?.status === 404;
  if (notFound) return <NotFoundPage what="case" />;
  const stored = caseLoad.data;
  const name = stored?.file.student.name ?? '';
  const heading = 'Check the data';
  const caseUrl = `/cases/${encodeURIComponent(caseId)}`;

  if (!data || !stored) {
    return (
      <>
        <PageHeading>{heading}</PageHeading>
        {error || caseLoad.error ? (
          <p className="notice error">{(error ?? caseLoad.error)?.message}</p>
        ) : (
          <p className="loading">Loading the data check…</p>
        )}
      </>
    );
  }

  const names = {
    goals: new Map(stored.file.goals.map((g) => [g.id, g.area])),
    services: new Map(stored.file.services.map((s) => [s.id, s.name])),
  };

  function changeAsOf(event: FormEvent) {
    event.preventDefault();
    if (!isRealDate(asOfInput)) {
      setAsOfError('Enter a date.');
      return;
    }
    setAsOfError('');
    setParams({ asOf: asOfInput });
  }

  async function act(run: () => Promise<unknown>, done: string, failed: string) {
    setBusy(true);
    setFailure('');
    setStatus('');
    try {
      await run();
      setStatus(done);
    } catch (e) {
      setFailure(`${failed} ${failureText(e)}`);
    } finally {
      setBusy(false);
    }
  }

  const addToLetter = (f: Finding) =>
    void act(
      () =>
        dataApi.appendConcerns(caseId, [
          { code: f.code, goalId: f.goalId, serviceId: f.serviceId, question: f.question },
        ]),
      'Added to your concerns letter.',
      'We could not add this to your concerns letter.',
    );
  const useInRequest = (l: ServiceLedger) =>
    void act(
      () => dataApi.appendCompEd(caseId, [l.serviceId]),
      `Added ${l.name} to your compensatory services request.`,
      'We could not add this to your compensatory services request.',
    );

  async function save(run: () => Promise<StoredCase>, done: string): Promise<Problems> {
    setFailure('');
    try {
      caseLoad.setData(await run());
      await reload();
      setStatus(done);
      return [];
    } catch (e) {
      if (e instanceof ApiError && e.problems.length > 0) return e.problems;
      setStatus('');
      return [{ path: '$', message: failureText(e) }];
    }
  }

  return (
    <>
      <PageHeading title={`Check the data for ${name}`}>{heading}</PageHeading>
      <p>
        <Link to={caseUrl}>Back to {name}’s case</Link>
      </p>
      <p className="intro">
        This page compares the school’s own numbers with what the IEP and the progress reports say. Each item is a
        question to ask the team, not a verdict. The data may be missing something, and the team may know more.
      </p>
      <form className="as-of" onSubmit={changeAsOf} noValidate aria-label="Date to check">
        <TextField
          id="as-of"
          label="Check the data as of"
          type="date"
          value={asOfInput}
          onChange={setAsOfInput}
          required
          error={asOfError || undefined}
        />
        <button type="submit">Check</button>
      </form>
      <p>Showing the data up to {plainDate(data.asOf)}.</p>
      {failure ? (
        <p className="notice error" role="alert">
          {failure}
        </p>
      ) : null}
      <StatusMessage message={status} />

      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading">Questions to ask the team</h2>
        <FindingsList findings={data.findings} names={names} busy={busy} onAddToLetter={addToLetter} />
      </section>

      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">Progress on each goal</h2>
        {data.goals.length === 0 ? <p>This case has no goals yet.</p> : null}
        {data.goals.map((g) => (
          <section key={g.goalId} className="goal-data" aria-labelledby={`goal-${g.goalId}-heading`}>
            <h3 id={`goal-${g.goalId}-heading`}>Goal: {g.area}</h3>
            <GoalChart goal={g} phases={stored.file.goals.find((x) => x.id === g.goalId)?.phases} />
          </section>
        ))}
      </section>

      <section aria-labelledby="ledger-heading">
        <h2 id="ledger-heading">Service minutes</h2>
        <p className="notice">{data.serviceMinutesCaveat}</p>
        <p>{SERVICE_LOG_NOTE}</p>
        {data.services.length === 0 ? <p>This case has no services yet.</p> : null}
        {data.services.map((l) => (
          <ServiceLedgerSection
            key={l.serviceId}
            caseId={caseId}
            ledger={l}
            busy={busy}
            onUseInRequest={useInRequest}
          />
        ))}
      </section>

      <section aria-labelledby="add-data-heading">
        <h2 id="add-data-heading">Add data</h2>
        <p>
          <Link className="button" to={`${caseUrl}/data/import?asOf=${asOf}`}>
            Import a file of scores or logs
          </Link>
        </p>
        {stored.file.goals.length > 0 ? (
          <ProbeForm
            goals={stored.file.goals.map((g) => ({ value: g.id, label: g.area }))}
            onAdd={(goalId, probe) => save(() => dataApi.addProbe(caseId, goalId, probe), 'The score is saved.')}
          />
        ) : null}
        {stored.file.services.length > 0 ? (
          <ServiceLogForm
            services={stored.file.services.map((s) => ({ value: s.id, label: s.name }))}
            onAdd={(serviceId, entry) =>
              save(() => dataApi.addServiceLog(caseId, serviceId, entry), 'The session is saved.')
            }
          />
        ) : null}
      </section>
    </>
  );
}
