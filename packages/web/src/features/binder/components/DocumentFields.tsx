import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS } from '@iep/core/contract';
import type { ReactNode } from 'react';
import { SelectField, TextField } from '../../../components/Field';

const KINDS = DOCUMENT_KINDS.map((k) => ({ value: k, label: DOCUMENT_KIND_LABELS[k] }));
const GUESS = { value: '', label: 'Let the app guess from the words' };

/**
 * The fields a paper has wherever it is added or corrected: what it is, the date on it, the day it came. `guess`
 * offers "let the app guess" for the kind (adding); `between` goes after the kind (the binder tab when correcting).
 * Ids are `<idPrefix>-kind`, `<idPrefix>-date`, `<idPrefix>-received`.
 */
export function DocumentFields({
  idPrefix,
  guess = false,
  kind,
  onKind,
  documentDate,
  onDocumentDate,
  dateHint,
  receivedOn,
  onReceivedOn,
  between,
}: {
  idPrefix: string;
  guess?: boolean;
  kind: string;
  onKind: (kind: string) => void;
  documentDate: string;
  onDocumentDate: (date: string) => void;
  dateHint?: string;
  receivedOn: string;
  onReceivedOn: (date: string) => void;
  between?: ReactNode;
}) {
  return (
    <>
      <SelectField
        id={`${idPrefix}-kind`}
        label="What is it?"
        required={!guess}
        value={kind}
        onChange={onKind}
        options={guess ? [GUESS, ...KINDS] : KINDS}
      />
      {between}
      <TextField
        id={`${idPrefix}-date`}
        type="date"
        label="Date on the paper"
        {...(dateHint ? { hint: dateHint } : {})}
        value={documentDate}
        onChange={onDocumentDate}
      />
      <TextField
        id={`${idPrefix}-received`}
        type="date"
        label="Day you got it"
        required
        value={receivedOn}
        onChange={onReceivedOn}
      />
    </>
  );
}
