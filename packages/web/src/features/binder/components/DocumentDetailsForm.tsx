import {
  BINDER_TAB_LABELS,
  BINDER_TABS,
  type BinderDocument,
  type BinderTab,
  type DocumentKind,
} from '@iep/core/contract';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { SelectField, TextField } from '../../../components/Field';
import { binderApi } from '../api/binder';
import { DocumentFields } from './DocumentFields';

const TAB_OPTIONS = BINDER_TABS.map((t) => ({ value: t, label: BINDER_TAB_LABELS[t] }));

/** The parent's corrections: name, kind, tab and both dates. What the parent sets is never guessed again. */
export function DocumentDetailsForm({
  caseId,
  doc,
  onSaved,
}: {
  caseId: string;
  doc: BinderDocument;
  onSaved: (doc: BinderDocument, message: string) => void;
}) {
  const [title, setTitle] = useState(doc.title);
  const [kind, setKind] = useState<string>(doc.kind);
  const [tab, setTab] = useState<string>(doc.tab);
  const [documentDate, setDocumentDate] = useState(doc.documentDate ?? '');
  const [receivedOn, setReceivedOn] = useState(doc.receivedOn);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) {
      setError('Give the document a name.');
      return;
    }
    setBusy(true);
    setError('');
    try {
      const saved = await binderApi.patch(caseId, doc.id, {
        title: title.trim(),
        kind: kind as DocumentKind,
        tab: tab as BinderTab,
        documentDate: documentDate || null,
        receivedOn,
      });
      onSaved(saved, 'The changes are saved.');
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The changes were not saved. Try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby="details-heading">
      <h2 id="details-heading">About this paper</h2>
      {doc.dateSource === 'found' && doc.documentDate ? (
        <p className="help-text">The app found the date on the paper. Check it and fix it if it is wrong.</p>
      ) : null}
      <TextField id="doc-title" label="Name" required value={title} onChange={setTitle} />
      <DocumentFields
        idPrefix="doc"
        kind={kind}
        onKind={setKind}
        between={
          <SelectField
            id="doc-tab"
            label="Binder tab"
            required
            value={tab}
            onChange={setTab}
            options={TAB_OPTIONS}
          />
        }
        documentDate={documentDate}
        onDocumentDate={setDocumentDate}
        receivedOn={receivedOn}
        onReceivedOn={setReceivedOn}
      />
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Save changes'}
      </button>
    </form>
  );
}
