import { Fragment } from 'react';
import type { Finding } from '@iep/core';
import {
  evidenceLines,
  FINDING_TITLE,
  groupFindings,
  SEVERITY_LABEL,
  type Names,
} from '../lib/data-findings';

interface Props {
  findings: Finding[];
  names: Names;
  busy: boolean;
  onAddToLetter: (finding: Finding) => void;
}

export function FindingsList({ findings, names, busy, onAddToLetter }: Props) {
  if (findings.length === 0) {
    return <p>We did not find anything in the data to ask about as of this date.</p>;
  }
  return (
    <>
      {groupFindings(findings, names).map((group) => (
        <section key={group.key} className="finding-group" aria-labelledby={`findings-${group.key}`}>
          <h3 id={`findings-${group.key}`}>{group.heading}</h3>
          <ul className="plain-list">
            {group.findings.map((f, i) => (
              <li key={`${f.code}-${i}`} className={`finding finding-${f.severity}`}>
                <p className="finding-kind">
                  <span className="finding-severity">{SEVERITY_LABEL[f.severity]}:</span> {FINDING_TITLE[f.code]}
                </p>
                <p className="finding-question">{f.question}</p>
                <h4 className="finding-evidence-heading">What the data shows</h4>
                <dl className="facts">
                  {evidenceLines(f.evidence).map((line) => (
                    <Fragment key={line.label}>
                      <dt>{line.label}</dt>
                      <dd>{line.value}</dd>
                    </Fragment>
                  ))}
                </dl>
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  onClick={() => onAddToLetter(f)}
                >
                  Add to my concerns letter
                  <span className="visually-hidden">: {FINDING_TITLE[f.code]}, {group.heading}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
