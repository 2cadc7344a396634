import { useState, type FormEvent } from 'react';
import { EMPLOYERS, TEAM_ROLES, type TeamMember } from '@iep/core';
import { employerLabel, roleLabel } from '../../../lib/labels';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';
import { Checkbox, SelectField, TextField } from '../../../components/Field';

export interface TeamDraft {
  name: string;
  role: TeamMember['role'];
  employer: TeamMember['employer'];
  title: string;
  email: string;
  canCommitResources: boolean;
  caseManager: boolean;
}

export const EMPTY_MEMBER: TeamDraft = {
  name: '',
  role: 'special-education-teacher',
  employer: 'district',
  title: '',
  email: '',
  canCommitResources: false,
  caseManager: false,
};

export function draftOf(member: TeamMember): TeamDraft {
  return {
    name: member.name,
    role: member.role,
    employer: member.employer,
    title: member.title ?? '',
    email: member.email ?? '',
    canCommitResources: member.canCommitResources ?? false,
    caseManager: member.caseManager ?? false,
  };
}

/** Writes a draft back onto a member; empty optional fields are left out, unchanged other fields (phone) kept. */
export function applyDraft(id: string, draft: TeamDraft, previous?: TeamMember): TeamMember {
  const { title, email, canCommitResources, caseManager, ...rest } = draft;
  const member: TeamMember = { ...previous, id, ...rest, name: rest.name.trim() };
  delete member.title;
  delete member.email;
  delete member.canCommitResources;
  delete member.caseManager;
  if (title.trim()) member.title = title.trim();
  if (email.trim()) member.email = email.trim();
  if (canCommitResources) member.canCommitResources = true;
  if (caseManager) member.caseManager = true;
  return member;
}

interface Props {
  heading: string;
  initial: TeamDraft;
  submitLabel: string;
  /** Resolves true when saved; false keeps the form open with what the user typed. */
  onSubmit: (draft: TeamDraft) => Promise<boolean>;
  onCancel: () => void;
}

export function TeamMemberForm({ heading, initial, submitLabel, onSubmit, onCancel }: Props) {
  const [draft, setDraft] = useState<TeamDraft>(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof TeamDraft>(key: K, value: TeamDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!draft.name.trim()) found.push({ fieldId: 'member-name', message: "Enter the person's name." });
    if (draft.email.trim() && !/^\S+@\S+\.\S+$/.test(draft.email.trim()))
      found.push({
        fieldId: 'member-email',
        message: 'This is not an email address. Check it or leave it empty.',
      });
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      await onSubmit(draft);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-label={heading}>
      <h3>{heading}</h3>
      <ErrorSummary errors={errors} />
      <TextField
        id="member-name"
        label="Name"
        value={draft.name}
        onChange={(v) => set('name', v)}
        required
        error={fieldError('member-name')}
      />
      <SelectField
        id="member-role"
        label="Role"
        value={draft.role}
        onChange={(v) => set('role', TEAM_ROLES.find((r) => r === v) ?? 'other')}
        required
        options={TEAM_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
      />
      <SelectField
        id="member-employer"
        label="Works for"
        value={draft.employer}
        onChange={(v) => set('employer', EMPLOYERS.find((e) => e === v) ?? 'other')}
        required
        options={EMPLOYERS.map((e) => ({
          value: e,
          label: e === 'ssd' ? 'SSD (Special School District)' : employerLabel(e),
        }))}
      />
      <TextField id="member-title" label="Job title" value={draft.title} onChange={(v) => set('title', v)} />
      <TextField
        id="member-email"
        label="Email"
        type="email"
        value={draft.email}
        onChange={(v) => set('email', v)}
        error={fieldError('member-email')}
      />
      <Checkbox
        id="member-commit"
        label="Can commit school resources (money, staff, services)"
        checked={draft.canCommitResources}
        onChange={(v) => set('canCommitResources', v)}
      />
      <Checkbox
        id="member-case-manager"
        label="Case manager"
        checked={draft.caseManager}
        onChange={(v) => set('caseManager', v)}
      />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
