import {
  ApplicationListQuery,
  ApproveRequest,
  ReasonRequest,
  RenewalRequest,
  ShippingRule,
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
export class ShippingRuleDto extends createZodDto(ShippingRule) {}
