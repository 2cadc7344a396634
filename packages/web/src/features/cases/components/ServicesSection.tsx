import { useState } from 'react';
import { Link } from 'react-router';
import { plainDate, SERVICE_PERIODS, type Service, type TeamMember } from '@iep/core';
import {
  checkService,
  EMPTY_SERVICE,
  serviceDataCounts,
  serviceDraftOf,
  serviceFromDraft,
  type ServiceDraft,
} from '../lib/case-goals';
import { nextId } from '../lib/case-people';
import { roleLabel } from '../../../lib/labels';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import {
  CollapsibleSection,
  FormButtons,
  RemoveButton,
  pathsUnder,
  useCaseForm,
  type SaveResult,
  useFocusOnMount,
} from './CaseFormParts';

const FIELDS: Record<string, string> = {
  name: 'service-name',
  setting: 'service-setting',
  providerId: 'service-provider',
  minutes: 'service-minutes',
  start: 'service-start',
  end: 'service-end',
  scheduledMinutesPerWeek: 'service-scheduled',
};

interface FormProps {
  heading: string;
  submitLabel: string;
  initial: ServiceDraft;
  index: number;
  team: TeamMember[];
  onSave: (draft: ServiceDraft) => Promise<SaveResult>;
  onCancel: () => void;
}

function ServiceForm({ heading, submitLabel, initial, index, team, onSave, onCancel }: FormProps) {
  const { draft, set, errors, fieldError, busy, submit } = useCaseForm(
    initial,
    pathsUnder(`$.services[${index}]`, FIELDS),
  );
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const text = (
    key: 'name' | 'setting' | 'minutes' | 'start' | 'end' | 'scheduled',
    label: string,
    options: { type?: 'text' | 'date'; hint?: string; required?: boolean } = {},
  ) => (
    <TextField
      id={`service-${key}`}
      label={label}
      type={options.type}
      hint={options.hint}
      value={draft[key]}
      onChange={(v) => set(key, v)}
      required={options.required}
      error={fieldError(`service-${key}`)}
    />
  );
  return (
    <form
      className="panel"
      noValidate
      aria-label={heading}
      onSubmit={(e) => void submit(e, checkService, onSave)}
    >
      <h3 ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <ErrorSummary errors={errors} />
      {text('name', 'Service', { hint: 'For example: Speech therapy.', required: true })}
      {text('setting', 'Where it happens', { hint: 'For example: resource room, general class.' })}
      <SelectField
        id="service-provider"
        label="Who gives it"
        hint="People come from the team list above."
        value={draft.providerId}
        onChange={(v) => set('providerId', v)}
        options={[
          { value: '', label: 'No one chosen' },
          ...team.map((m) => ({ value: m.id, label: `${m.name} (${roleLabel(m.role)})` })),
        ]}
        error={fieldError('service-provider')}
      />
      {text('minutes', 'Minutes the IEP promises', { required: true })}
      <SelectField
        id="service-per"
        label="Every"
        value={draft.per}
        onChange={(v) => set('per', SERVICE_PERIODS.find((p) => p === v) ?? 'week')}
        required
        options={SERVICE_PERIODS.map((p) => ({ value: p, label: p }))}
      />
      {text('start', 'Starts', { type: 'date', required: true })}
      {text('end', 'Ends', { type: 'date', required: true })}
      {text('scheduled', 'Minutes a week on the schedule', {
        hint: 'How many minutes a week the school has actually scheduled, if you know.',
      })}
      <FormButtons busy={busy} label={submitLabel} onCancel={onCancel} />
    </form>
  );
}

interface Props {
  caseId: string;
  services: Service[];
  team: TeamMember[];
  onSave: (services: Service[], message: string) => Promise<SaveResult>;
  defaultOpen?: boolean;
}

export function ServicesSection({ caseId, services, team, onSave, defaultOpen }: Props) {
  const [editing, setEditing] = useState<'new' | string | null>(null);
  const edited = editing && editing !== 'new' ? services.find((s) => s.id === editing) : undefined;
  const providerName = (id?: string) => team.find((m) => m.id === id)?.name;

  const form =
    editing === null ? null : (
      <ServiceForm
        key={editing}
        heading={edited ? `Edit ${edited.name}` : 'Add a service'}
        submitLabel={edited ? 'Save the service' : 'Add the service'}
        initial={edited ? serviceDraftOf(edited) : EMPTY_SERVICE}
        index={edited ? services.indexOf(edited) : services.length}
        team={team}
        onSave={async (draft) => {
          const service = serviceFromDraft(edited ? edited.id : nextId('s', services), draft, edited);
          const next = edited
            ? services.map((s) => (s.id === service.id ? service : s))
            : [...services, service];
          const result = await onSave(next, `Saved ${service.name}.`);
          if (result?.length === 0) setEditing(null);
          return result;
        }}
        onCancel={() => setEditing(null)}
      />
    );

  return (
    <CollapsibleSection
      id="services"
      defaultOpen={defaultOpen}
      title="Services"
      summary={services.length === 1 ? '1 service' : `${services.length} services`}
    >
      <p>
        Sessions given or missed are logged on the data check page.{' '}
        <Link to={`/cases/${encodeURIComponent(caseId)}/data`}>Check the data</Link>
      </p>
      {services.length === 0 ? <p>No services yet. Add the services from the IEP.</p> : null}
      <ul className="card-list">
        {services.map((s) => (
          <li key={s.id} className="card service-card">
            <h3>{s.name}</h3>
            <p>
              {s.minutes} minutes every {s.per}
              {s.setting ? `, in the ${s.setting}` : ''}.
            </p>
            {providerName(s.providerId) ? <p>Given by {providerName(s.providerId)}.</p> : null}
            <p>
              From {plainDate(s.start)} to {plainDate(s.end)}.
            </p>
            {s.scheduledMinutesPerWeek !== undefined ? (
              <p>On the schedule: {s.scheduledMinutesPerWeek} minutes a week.</p>
            ) : null}
            <p className="small-print">Data: {serviceDataCounts(s)}.</p>
            {editing === s.id ? form : null}
            <div className="actions">
              <button type="button" className="secondary small" onClick={() => setEditing(s.id)}>
                Edit<span className="visually-hidden"> {s.name}</span>
              </button>
              <RemoveButton
                what={s.name}
                lost={s.log.length > 0 ? serviceDataCounts(s) : ''}
                onRemove={() =>
                  void onSave(
                    services.filter((x) => x.id !== s.id),
                    `Removed ${s.name}.`,
                  )
                }
              />
            </div>
          </li>
        ))}
      </ul>
      {editing === 'new' ? form : null}
      {editing === null ? (
        <button type="button" onClick={() => setEditing('new')}>
          Add a service
        </button>
      ) : null}
    </CollapsibleSection>
  );
}
