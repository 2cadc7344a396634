import { useState } from 'react';
import type { ServiceLedger } from '@iep/core';
import { longDate } from '../../lib/data-findings';
import { TableScroll } from './TableScroll';
import { deliveryRateText, ledgerRows, ledgerSentence, LONG_LEDGER_WEEKS } from '../../lib/data-ledger';

interface Props {
  ledger: ServiceLedger;
  busy: boolean;
  onUseInRequest: (ledger: ServiceLedger) => void;
}

const n = (v: number) => v.toLocaleString('en-US');

// Totals first; a long run of weeks sits behind a disclosure so the page stays short.
export function ServiceLedgerSection({ ledger, busy, onUseInRequest }: Props) {
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
        <dt>Shortfall</dt>
        <dd>{n(ledger.shortfallMinutes)}</dd>
        <dt>Make-up given</dt>
        <dd>{n(ledger.makeUpMinutes)}</dd>
        <dt>Still owed</dt>
        <dd>{n(ledger.owedMinutes)}</dd>
        <dt>Delivery rate</dt>
        <dd>{deliveryRateText(ledger.deliveryRate)}</dd>
        {ledger.unloggedWeeks > 0 ? (
          <>
            <dt>Weeks with no log at all</dt>
            <dd>{n(ledger.unloggedWeeks)}</dd>
          </>
        ) : null}
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
                  <th scope="col">Shortfall</th>
                  <th scope="col">Make-up</th>
                  <th scope="col">Owed</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.weekStart}>
                    <th scope="row">
                      {longDate(row.weekStart)}
                      {row.logged ? null : <span className="small-print block">No log this week</span>}
                    </th>
                    <td>{n(row.required)}</td>
                    <td>{n(row.excused)}</td>
                    <td>{n(row.delivered)}</td>
                    <td>{n(row.shortfall)}</td>
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
                  <td>{n(ledger.makeUpMinutes)}</td>
                  <td>{n(ledger.owedMinutes)}</td>
                </tr>
              </tfoot>
            </table>
          </TableScroll>
        </>
      ) : null}
      <button type="button" className="secondary" disabled={busy} onClick={() => onUseInRequest(ledger)}>
        Use in my compensatory services request
        <span className="visually-hidden">: {ledger.name}</span>
      </button>
    </section>
  );
}
