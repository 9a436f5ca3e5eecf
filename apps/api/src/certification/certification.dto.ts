import {
  ApplicationDecisionList,
  ApplicationListQuery,
  ApplicationView,
  ApprovalResult,
  CertificateCheck,
  listOf,
  SupplierAdminView,
  SupplierProfileView,
  ApproveRequest,
  ReasonRequest,
  RenewalRequest,
  SupplierApplicationRequest,
  SupplierListQuery,
} from '@bangfu/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class SupplierListQueryDto extends createZodDto(SupplierListQuery) {}
export class SupplierApplicationDto extends createZodDto(SupplierApplicationRequest) {}
export class RenewalDto extends createZodDto(RenewalRequest) {}
export class ApplicationListQueryDto extends createZodDto(ApplicationListQuery) {}
export class ApproveDto extends createZodDto(ApproveRequest) {}
export class ReasonDto extends createZodDto(ReasonRequest) {}
export class OptionalReasonDto extends createZodDto(z.object({ reason: ReasonRequest.shape.reason.optional() })) {}
export class ApplicationViewDto extends createZodDto(ApplicationView) {}
export class ApplicationListDto extends createZodDto(listOf(ApplicationView)) {}
export class ApprovalResultDto extends createZodDto(ApprovalResult) {}
export class SupplierAdminViewDto extends createZodDto(SupplierAdminView) {}
export class SupplierAdminListDto extends createZodDto(listOf(SupplierAdminView)) {}
export class SupplierProfileViewDto extends createZodDto(SupplierProfileView) {}
export class ExpiredCountDto extends createZodDto(z.object({ expired: z.number().int() })) {}
export class CertificateCheckDto extends createZodDto(CertificateCheck) {}
export class ApplicationDecisionListDto extends createZodDto(ApplicationDecisionList) {}
