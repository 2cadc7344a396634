import type {
  BodyOf,
  ImportCommit, ImportPreview, NewProbeBody, NewServiceLogBody, StoredCase } from '@iep/core/contract';
import type { CaseAnalysis, ImportKind, ImportMapping } from '@iep/core';
import type { ConcernItem } from '../lib/import-kind-text';
import { request, requestForm } from '../../../api/client';
import { caseUrl } from '../../../api/urls';

type DraftAppend = BodyOf<'POST /api/cases/:id/letters/:kind/draft/append'>;

export const dataApi = {
  // Data check (docs/api.md, "Data check").
  analysis: (id: string, asOf: string) =>
    request<CaseAnalysis>('GET', `${caseUrl(id)}/analysis?asOf=${encodeURIComponent(asOf)}`),
  importTemplateUrl: (kind: ImportKind, ext: 'csv' | 'xlsx') =>
    `/api/import-templates/${encodeURIComponent(kind)}.${ext}`,
  previewImport: (id: string, kind: ImportKind, file: File, mapping?: ImportMapping) =>
    requestForm<ImportPreview>(`${caseUrl(id)}/imports/preview`, importForm(kind, file, mapping)),
  commitImport: (id: string, kind: ImportKind, file: File, mapping: ImportMapping, onlyClean: boolean) => {
    const form = importForm(kind, file, mapping);
    form.append('onlyClean', String(onlyClean));
    return requestForm<ImportCommit>(`${caseUrl(id)}/imports/commit`, form);
  },
  addProbe: (id: string, goalId: string, probe: NewProbeBody) =>
    request<StoredCase>('POST', `${caseUrl(id)}/goals/${encodeURIComponent(goalId)}/probes`, { body: probe }),
  addServiceLog: (id: string, serviceId: string, entry: NewServiceLogBody) =>
    request<StoredCase>('POST', `${caseUrl(id)}/services/${encodeURIComponent(serviceId)}/log`, {
      body: entry,
    }),
  appendConcerns: (id: string, items: ConcernItem[]) => {
    const body: DraftAppend = { field: 'findings', items };
    return request<unknown>('POST', `${caseUrl(id)}/letters/concerns/draft/append`, { body });
  },
  appendCompEd: (id: string, serviceIds: string[]) => {
    const body: DraftAppend = { field: 'serviceIds', items: serviceIds };
    return request<unknown>('POST', `${caseUrl(id)}/letters/comp-ed-request/draft/append`, { body });
  },
};

// Fields are sent before the file so the server can read them while the upload streams in.
function importForm(kind: ImportKind, file: File, mapping?: ImportMapping): FormData {
  const form = new FormData();
  form.append('kind', kind);
  if (mapping) form.append('mapping', JSON.stringify(mapping));
  form.append('file', file, file.name);
  return form;
}
