import { useState } from 'react';
import { Link } from 'react-router';
import type { Goal } from '@iep/core';
import { EMPTY_GOAL, goalDataCounts, goalDraftOf, goalFromDraft } from '../lib/case-goals';
import { nextId } from '../lib/case-people';
import { CollapsibleSection, RemoveButton, type SaveResult } from './CaseFormParts';
import { GoalForm } from './GoalForm';
import { formatLocal } from '../../../lib/format-time';

const COMPARATOR_WORDS: Record<string, string> = {
  '>=': 'at or above',
  '>': 'above',
  '<=': 'at or below',
  '<': 'below',
};

/** "2026-08-17" -> "August 17, 2026" (a calendar day, no time zone involved). */
function dayInWords(day: string): string {
  return formatLocal(`${day}T00:00`, { dateOnly: true, withYear: true, noWeekday: true });
}

function masteryText(goal: Goal): string | null {
  const m = goal.mastery;
  if (!m) return null;
  const row = m.consecutive ? ' in a row' : '';
  return `Met when ${m.required} of the last ${m.window} scores are ${COMPARATOR_WORDS[m.comparator] ?? m.comparator} ${m.threshold}${row}.`;
}

interface Props {
  caseId: string;
  goals: Goal[];
  onSave: (goals: Goal[], message: string) => Promise<SaveResult>;
  defaultOpen?: boolean;
}

export function GoalsSection({ caseId, goals, onSave, defaultOpen }: Props) {
  const [editing, setEditing] = useState<'new' | string | null>(null);
  const edited = editing && editing !== 'new' ? goals.find((g) => g.id === editing) : undefined;

  const form =
    editing === null ? null : (
      <GoalForm
        key={editing}
        heading={edited ? `Edit the ${edited.area} goal` : 'Add a goal'}
        submitLabel={edited ? 'Save the goal' : 'Add the goal'}
        initial={edited ? goalDraftOf(edited) : EMPTY_GOAL}
        index={edited ? goals.indexOf(edited) : goals.length}
        onSave={async (draft) => {
          const goal = goalFromDraft(edited ? edited.id : nextId('g', goals), draft, edited);
          const next = edited ? goals.map((g) => (g.id === goal.id ? goal : g)) : [...goals, goal];
          const result = await onSave(next, `Saved the ${goal.area} goal.`);
          if (result?.length === 0) setEditing(null);
          return result;
        }}
        onCancel={() => setEditing(null)}
      />
    );

  return (
    <CollapsibleSection
      id="goals"
      defaultOpen={defaultOpen}
      title="Goals"
      summary={goals.length === 1 ? '1 goal' : `${goals.length} goals`}
    >
      <p>
        Scores and progress reports are entered on the data check page.{' '}
        <Link to={`/cases/${encodeURIComponent(caseId)}/data`}>Check the data</Link>
      </p>
      {goals.length === 0 ? <p>No goals yet. Add the goals from the IEP.</p> : null}
      <ul className="card-list">
        {goals.map((g) => (
          <li key={g.id} className="card goal-card">
            <h3>{g.area}</h3>
            <p>{g.text}</p>
            {g.measure ? <p>Measured in {g.measure}.</p> : null}
            {g.baseline ? (
              <p>
                Started at {g.baseline.score}
                {g.measure ? ` ${g.measure}` : ''} on {dayInWords(g.baseline.date)}.
              </p>
            ) : null}
            {g.target ? (
              <p>
                Goal: {g.target.score}
                {g.measure ? ` ${g.measure}` : ''} by {dayInWords(g.target.date)}.
              </p>
            ) : null}
            {g.mastery ? <p>{masteryText(g)}</p> : null}
            <p className="small-print">Data: {goalDataCounts(g)}.</p>
            {editing === g.id ? form : null}
            <div className="actions">
              <button type="button" className="secondary small" onClick={() => setEditing(g.id)}>
                Edit<span className="visually-hidden"> the {g.area} goal</span>
              </button>
              <RemoveButton
                what={`the ${g.area} goal`}
                lost={g.probes.length + g.reports.length > 0 ? goalDataCounts(g) : ''}
                onRemove={() =>
                  void onSave(
                    goals.filter((x) => x.id !== g.id),
                    `Removed the ${g.area} goal.`,
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
          Add a goal
        </button>
      ) : null}
    </CollapsibleSection>
  );
}
