import { checkGoal, type Comparator, type GoalDraft } from '../lib/case-goals';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../../components/Field';
import { FormButtons, pathsUnder, useCaseForm, type SaveResult, useFocusOnMount } from './CaseFormParts';

const COMPARATORS: { value: Comparator; label: string }[] = [
  { value: '>=', label: 'at or above' },
  { value: '>', label: 'above' },
  { value: '<=', label: 'at or below' },
  { value: '<', label: 'below' },
];

// Where the server's problems for a goal go (paths under $.goals[i]).
const FIELDS: Record<string, string> = {
  area: 'goal-area',
  text: 'goal-text',
  measure: 'goal-measure',
  'baseline.date': 'goal-baseline-date',
  'baseline.score': 'goal-baseline-score',
  'target.date': 'goal-target-date',
  'target.score': 'goal-target-score',
  'mastery.threshold': 'goal-threshold',
  'mastery.window': 'goal-window',
  'mastery.required': 'goal-required',
};

type PlainKey = 'measure' | 'baselineDate' | 'baselineScore' | 'targetDate' | 'targetScore';

interface Props {
  heading: string;
  submitLabel: string;
  initial: GoalDraft;
  index: number;
  onSave: (draft: GoalDraft) => Promise<SaveResult>;
  onCancel: () => void;
}

export function GoalForm({ heading, submitLabel, initial, index, onSave, onCancel }: Props) {
  const { draft, set, errors, fieldError, busy, submit } = useCaseForm(
    initial,
    pathsUnder(`$.goals[${index}]`, FIELDS),
  );
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const text = (key: PlainKey, id: string, label: string, type: 'text' | 'date' = 'text', hint?: string) => (
    <TextField
      id={id}
      label={label}
      type={type}
      hint={hint}
      value={draft[key]}
      onChange={(v) => set(key, v)}
      error={fieldError(id)}
    />
  );
  return (
    <form
      className="panel"
      noValidate
      aria-label={heading}
      onSubmit={(e) => void submit(e, checkGoal, onSave)}
    >
      <h3 ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <ErrorSummary errors={errors} />
      <TextField
        id="goal-area"
        label="Area"
        hint="For example: Reading fluency, Math, Behavior."
        value={draft.area}
        onChange={(v) => set('area', v)}
        required
        error={fieldError('goal-area')}
      />
      <TextAreaField
        id="goal-text"
        label="The goal"
        hint="Copy it the way the IEP writes it."
        value={draft.text}
        onChange={(v) => set('text', v)}
        required
        error={fieldError('goal-text')}
      />
      {text(
        'measure',
        'goal-measure',
        'How it is measured',
        'text',
        'For example: words correct per minute.',
      )}
      <SelectField
        id="goal-direction"
        label="Better scores are"
        value={draft.direction}
        onChange={(v) => set('direction', v === 'decrease' ? 'decrease' : 'increase')}
        required
        options={[
          { value: 'increase', label: 'Higher (the score should go up)' },
          { value: 'decrease', label: 'Lower (the score should go down)' },
        ]}
      />
      <fieldset>
        <legend>Starting point (baseline)</legend>
        {text('baselineDate', 'goal-baseline-date', 'Date', 'date')}
        {text('baselineScore', 'goal-baseline-score', 'Score')}
      </fieldset>
      <fieldset>
        <legend>Goal by the end</legend>
        {text('targetDate', 'goal-target-date', 'Date', 'date')}
        {text('targetScore', 'goal-target-score', 'Score')}
      </fieldset>
      <Checkbox
        id="goal-has-mastery"
        label="The IEP says when the goal counts as met"
        checked={draft.hasMastery}
        onChange={(v) => set('hasMastery', v)}
      />
      {draft.hasMastery ? (
        <fieldset>
          <legend>When the goal counts as met</legend>
          <SelectField
            id="goal-comparator"
            label="A score counts when it is"
            value={draft.comparator}
            onChange={(v) => set('comparator', COMPARATORS.find((c) => c.value === v)?.value ?? '>=')}
            required
            options={COMPARATORS}
          />
          <TextField
            id="goal-threshold"
            label="This score"
            value={draft.threshold}
            onChange={(v) => set('threshold', v)}
            required
            error={fieldError('goal-threshold')}
          />
          <TextField
            id="goal-required"
            label="How many scores must count"
            hint="For example 4, in 4 of the last 5 scores."
            value={draft.required}
            onChange={(v) => set('required', v)}
            required
            error={fieldError('goal-required')}
          />
          <TextField
            id="goal-window"
            label="Out of how many recent scores"
            hint="For example 5, in 4 of the last 5 scores."
            value={draft.window}
            onChange={(v) => set('window', v)}
            required
            error={fieldError('goal-window')}
          />
          <Checkbox
            id="goal-consecutive"
            label="They must come one after another, in a row"
            checked={draft.consecutive}
            onChange={(v) => set('consecutive', v)}
          />
        </fieldset>
      ) : null}
      <FormButtons busy={busy} label={submitLabel} onCancel={onCancel} />
    </form>
  );
}
