import type { ApplicationStatus, CertificateStatus, SupplierStatus } from '@bangfu/contracts';
import { defineProcess, type Transitions } from '../common/process';
import { CertificateEntity, SupplierApplicationEntity, SupplierEntity } from './certification.entities';

/** An application waits for staff, who approve, reject or ask for changes; changed, it waits again. */
export const APPLICATION_PROCESS: Transitions<ApplicationStatus> = {
  pending: ['approved', 'rejected', 'changes_requested'],
  changes_requested: ['pending'],
  approved: [],
  rejected: [],
};

/** A certified supplier sells while active; staff suspend and reinstate it; its certificate expires and is renewed. */
export const SUPPLIER_PROCESS: Transitions<SupplierStatus> = {
  active: ['suspended', 'expired'],
  suspended: ['active'],
  expired: ['active'],
};

/** A certificate is valid until it runs out or is revoked; a renewal issues a new one. */
export const CERTIFICATE_PROCESS: Transitions<CertificateStatus> = {
  valid: ['revoked', 'expired'],
  revoked: [],
  expired: [],
};

export const applications = defineProcess<SupplierApplicationEntity, ApplicationStatus>({
  entity: SupplierApplicationEntity,
  transitions: APPLICATION_PROCESS,
  noun: 'Application',
  conflict: 'APPLICATION_ALREADY_DECIDED',
});

export const suppliers = defineProcess<SupplierEntity, SupplierStatus>({
  entity: SupplierEntity,
  transitions: SUPPLIER_PROCESS,
  noun: 'Supplier',
  conflict: 'SUPPLIER_STATE_CONFLICT',
});

export const certificates = defineProcess<CertificateEntity, CertificateStatus>({
  entity: CertificateEntity,
  transitions: CERTIFICATE_PROCESS,
  noun: 'Certificate',
  conflict: 'CERTIFICATE_STATE_CONFLICT',
});
