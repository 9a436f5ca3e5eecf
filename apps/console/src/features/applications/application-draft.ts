import type { SupplierApplicationRequest, UploadView } from '@bangfu/contracts';
import { readJson, removeKey, writeJson } from '@bangfu/ui';

/** What the form holds while it is filled in; documents keep their names and types for the list. */
export type ApplicationFormValues = Omit<Partial<SupplierApplicationRequest>, 'documents'> & { documents?: UploadView[] };

const key = (userId: number) => `bangfu.console.application-draft.${userId}`;

/** A half-filled application survives a reload or a closed tab, kept per account on a shared computer. */
export const applicationDraft = {
  load: (userId: number) => readJson(window.localStorage, key(userId), (value) => (typeof value === 'object' && value !== null ? (value as ApplicationFormValues) : null)),
  save: (userId: number, values: ApplicationFormValues) => writeJson(window.localStorage, key(userId), values),
  clear: (userId: number) => removeKey(window.localStorage, key(userId)),
};
