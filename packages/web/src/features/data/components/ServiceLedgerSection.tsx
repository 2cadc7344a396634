import { useState } from 'react';
import { Link } from 'react-router';
import { hasMissedMinutes, type ServiceLedger, plainDate } from '@iep/core';
import { TableScroll } from './TableScroll';
import { deliveryRateText, ledgerRows, ledgerSentence, LONG_LEDGER_WEEKS } from '../lib/data-ledger';

interface Props {
  caseId: string;
  ledger: ServiceLedger;
  busy: boolean;
  onUseInRequest: (ledger: ServiceLedger) => void;
}

const n = (v: number) => v.toLocaleString('en-US');

// Totals first; a long run of weeks sits behind a disclosure so the page stays short. Missed minutes come only from
// log entries marked missed; weeks and minutes the log does not mention are "unknown", in their own column, and a
// service with no log offers to ask for the logs, never a compensatory services request.
export function ServiceLedgerSection({ caseId, ledger, busy, onUseInRequest }: Props) {
  const rows = ledgerRows(ledger.weeks);
  const long = rows.length > LONG_LEDGER_WEEKS;
  const [open, setOpen] = useState(!long);
  const panelId = `ledger-${ledger.serviceId}-weeks`;
  const headingId = `ledger-${ledger.serviceId}-heading`;
  return (
    <section className="ledger" aria-labelledby={headingId}>
      <h3 id={headingId}>{ledger.name}</h3>
      <p>{ledgerSentence(ledger)}</p>
      <dl className="facts">
        <dt>IEP minutes a week</dt>
        <dd>{n(ledger.iepMinutesPerWeek)}</dd>
        {ledger.scheduledMinutesPerWeek !== null ? (
          <>
            <dt>Scheduled minutes a week</dt>
            <dd>{n(ledger.scheduledMinutesPerWeek)}</dd>
          </>
        ) : null}
        <dt>Required so far</dt>
        <dd>{n(ledger.requiredMinutes)}</dd>
        <dt>Excused (student absent)</dt>
        <dd>{n(ledger.excusedMinutes)}</dd>
        <dt>Delivered</dt>
        <dd>{n(ledger.deliveredMinutes)}</dd>
        <dt>Marked missed</dt>
        <dd>{n(ledger.shortfallMinutes)}</dd>
        <dt>Make-up given</dt>
        <dd>{n(ledger.makeUpMinutes)}</dd>
        <dt>Missed and not made up</dt>
        <dd>{n(ledger.owedMinutes)}</dd>
        <dt>Not in the log (unknown, not missed)</dt>
        <dd>{n(ledger.unknownMinutes)}</dd>
        {ledger.unknownWeeks > 0 ? (
          <>
            <dt>Weeks with no log entries</dt>
            <dd>{n(ledger.unknownWeeks)}</dd>
          </>
        ) : null}
        <dt>Share given, in the weeks the log covers</dt>
        <dd>{deliveryRateText(ledger.deliveryRate)}</dd>
      </dl>
      {rows.length > 0 ? (
        <>
          {long ? (
            <button
              type="button"
              className="disclosure ledger-toggle"
              aria-expanded={open}
              aria-controls={panelId}
              onClick={() => setOpen(!open)}
            >
              Week by week ({rows.length} weeks)
            </button>
          ) : null}
          <TableScroll id={panelId} hidden={!open} labelledBy={`${panelId}-caption`}>
            <table>
              <caption id={`${panelId}-caption`}>{ledger.name}: minutes week by week</caption>
              <thead>
                <tr>
                  <th scope="col">Week of</th>
                  <th scope="col">Required</th>
                  <th scope="col">Excused</th>
                  <th scope="col">Delivered</th>
                  <th scope="col">Marked missed</th>
                  <th scope="col">Not in the log</th>
                  <th scope="col">Make-up</th>
                  <th scope="col">Owed</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.weekStart}>
                    <th scope="row">
                      {plainDate(row.weekStart)}
                      {row.log === 'unknown' ? (
                        <span className="small-print block">No log entries: unknown</span>
                      ) : null}
                    </th>
                    <td>{n(row.required)}</td>
                    <td>{n(row.excused)}</td>
                    <td>{n(row.delivered)}</td>
                    <td>{n(row.missed)}</td>
                    <td>{n(row.unknown)}</td>
                    <td>{n(row.makeUp)}</td>
                    <td>{n(row.owed)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Total</th>
                  <td>{n(ledger.requiredMinutes)}</td>
                  <td>{n(ledger.excusedMinutes)}</td>
                  <td>{n(ledger.deliveredMinutes)}</td>
                  <td>{n(ledger.shortfallMinutes)}</td>
                  <td>{n(ledger.unknownMinutes)}</td>
                  <td>{n(ledger.makeUpMinutes)}</td>
                  <td>{n(ledger.owedMinutes)}</td>
                </tr>
              </tfoot>
            </table>
          </TableScroll>
        </>
      ) : null}
      {ledger.logStatus !== 'complete' && ledger.requiredMinutes > 0 ? (
        <p>
          <Link to={`/cases/${encodeURIComponent(caseId)}/letters/records-request`}>
            Ask the school for the service logs
            <span className="visually-hidden">: {ledger.name}</span>
          </Link>
        </p>
      ) : null}
      {hasMissedMinutes(ledger) ? (
        <button type="button" className="secondary" disabled={busy} onClick={() => onUseInRequest(ledger)}>
          Use in my compensatory services request
          <span className="visually-hidden">: {ledger.name}</span>
        </button>
      ) : null}
    </section>
  );
}
