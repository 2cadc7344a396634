import type { CaseFileInput } from '@iep/core';

// Request bodies as the API accepts them (optional lists may be left out; the server fills defaults).
export type Meeting = CaseFileInput['meetings'] extends (infer M)[] | undefined ? M : never;
export type Closure = CaseFileInput['closures'] extends (infer C)[] | undefined ? C : never;
export interface NewCaseBody {
  student: CaseFileInput['student'];
  parents: CaseFileInput['parents'];
}
