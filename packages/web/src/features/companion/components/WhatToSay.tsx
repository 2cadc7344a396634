import { companionScripts, sourceLine } from '@iep/core';
import { ReadAloud } from '../../../components/ReadAloud';

/** The short sentences of the playbook, each with read-aloud and, in a "Why" disclosure, its basis. */
export function WhatToSay({ is504 }: { is504: boolean }) {
  return (
    <section aria-labelledby="say-heading" className="companion-section">
      <h2 id="say-heading">What to say</h2>
      <ul className="scripts">
        {companionScripts(is504).map((s) => (
          <li key={s.id} className="script">
            <h3>{s.when}</h3>
            <p className="script-say">“{s.say}”</p>
            <ReadAloud text={s.say} label={s.when} />
            <details>
              <summary aria-label={`Why: ${s.when}`}>Why</summary>
              <p>{s.why}</p>
              <p className="citation">{sourceLine(s.basis)}</p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
