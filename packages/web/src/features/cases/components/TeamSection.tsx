import { useState } from 'react';
import type { TeamMember } from '@iep/core';
import { employerLabel, roleLabel } from '../../../lib/labels';
import { applyDraft, draftOf, EMPTY_MEMBER, TeamMemberForm, type TeamDraft } from './TeamMemberForm';

interface Props {
  team: TeamMember[];
  /** Saves the whole new roster; resolves false when it was not saved (the form then stays open). */
  onSave: (team: TeamMember[], message: string) => Promise<boolean>;
}

function nextId(team: TeamMember[]): string {
  let n = team.length + 1;
  while (team.some((m) => m.id === `t${n}`)) n += 1;
  return `t${n}`;
}

export function TeamSection({ team, onSave }: Props) {
  // Which form is open: a new member, or the id of the member being edited.
  const [editing, setEditing] = useState<'new' | string | null>(null);

  async function saveDraft(draft: TeamDraft): Promise<boolean> {
    const isNew = editing === 'new';
    const id = isNew ? nextId(team) : (editing ?? nextId(team));
    const previous = team.find((m) => m.id === id);
    const member = applyDraft(id, draft, previous);
    const next = isNew ? [...team, member] : team.map((m) => (m.id === id ? member : m));
    const ok = await onSave(next, isNew ? `Added ${member.name} to the team.` : `Saved ${member.name}.`);
    if (ok) setEditing(null);
    return ok;
  }

  const editedMember = editing && editing !== 'new' ? team.find((m) => m.id === editing) : undefined;

  return (
    <section aria-labelledby="team-heading">
      <h2 id="team-heading">Team</h2>
      {team.length === 0 ? (
        <p>No one is on the team list yet. Add the people who come to meetings.</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="team-heading" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Works for</th>
                <th scope="col">Title</th>
                <th scope="col">Email</th>
                <th scope="col">Can commit resources</th>
                <th scope="col">Case manager</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {team.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td>{roleLabel(m.role)}</td>
                  <td>{employerLabel(m.employer)}</td>
                  <td>{m.title ?? ''}</td>
                  <td className="break">{m.email ?? ''}</td>
                  <td>{m.canCommitResources ? 'Yes' : 'No'}</td>
                  <td>{m.caseManager ? 'Yes' : 'No'}</td>
                  <td>
                    <div className="row-actions">
                      <button type="button" className="secondary small" onClick={() => setEditing(m.id)}>
                        Edit<span className="visually-hidden"> {m.name}</span>
                      </button>
                      <button
                        type="button"
                        className="danger small"
                        onClick={() =>
                          void onSave(
                            team.filter((x) => x.id !== m.id),
                            `Removed ${m.name} from the team.`,
                          )
                        }
                      >
                        Remove<span className="visually-hidden"> {m.name}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing === null ? (
        <button type="button" onClick={() => setEditing('new')}>
          Add a team member
        </button>
      ) : (
        <TeamMemberForm
          key={editing}
          heading={editedMember ? `Edit ${editedMember.name}` : 'Add a team member'}
          initial={editedMember ? draftOf(editedMember) : EMPTY_MEMBER}
          submitLabel={editedMember ? 'Save changes' : 'Add to the team'}
          onSubmit={saveDraft}
          onCancel={() => setEditing(null)}
        />
      )}
    </section>
  );
}
