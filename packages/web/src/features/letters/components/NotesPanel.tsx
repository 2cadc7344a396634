import { NOTES_INTRO, notesSections, type Letter } from '@iep/core';
import { ReadAloud } from '../../../components/ReadAloud';

/**
 * "Notes for you", beside the letter: what is certain and what is not, where the rules come from, what to check
 * before sending. For the parent only: none of it is in the letter or in any file that is sent.
 */
export function NotesPanel({ letter, text }: { letter: Letter; text: string }) {
  return (
    <aside className="letter-notes" aria-labelledby="notes-heading">
      <h3 id="notes-heading">Notes for you</h3>
      <p>
        <strong>{NOTES_INTRO}</strong>
      </p>
      <div className="actions">
        <ReadAloud text={text} label="the notes" />
      </div>
      {notesSections(letter).map((section) => (
        <section key={section.heading}>
          <h4>{section.heading}</h4>
          <ul>
            {section.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}
