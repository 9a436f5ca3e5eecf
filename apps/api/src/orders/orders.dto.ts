import {
  SupplierOrderSummary,
  ShippingRule,
  ArbitrationDecision,
  AssociationOrderListQuery,
  CancelRequest,
  CheckoutRequest,
  CheckoutResponse,
  OrderDetail,
  OrderList,
  OrderListQuery,
  RefundDecision,
  RefundRequestCreate,
  RefundListQuery,
  RefundRequestList,
  RefundRequestView,
  ShipRequest,
} from '@bangfu/contracts';
import { createZodDto } from 'nestjs-zod';

export class CheckoutDto extends createZodDto(CheckoutRequest) {}
export class CheckoutResponseDto extends createZodDto(CheckoutResponse) {}
export class OrderDetailDto extends createZodDto(OrderDetail) {}
export class OrderListDto extends createZodDto(OrderList) {}
export class SupplierOrderSummaryDto extends createZodDto(SupplierOrderSummary) {}
export class OrderListQueryDto extends createZodDto(OrderListQuery) {}
export class AssociationOrderListQueryDto extends createZodDto(AssociationOrderListQuery) {}
export class OrderExportQueryDto extends createZodDto(OrderListQuery.omit({ page: true, pageSize: true })) {}
export class CancelDto extends createZodDto(CancelRequest) {}
export class ShippingRuleDto extends createZodDto(ShippingRule) {}
export class ShipDto extends createZodDto(ShipRequest) {}
export class RefundRequestCreateDto extends createZodDto(RefundRequestCreate) {}
export class RefundRequestViewDto extends createZodDto(RefundRequestView) {}
export class RefundDecisionDto extends createZodDto(RefundDecision) {}
export class ArbitrationDecisionDto extends createZodDto(ArbitrationDecision) {}
export class RefundListQueryDto extends createZodDto(RefundListQuery) {}
export class RefundRequestListDto extends createZodDto(RefundRequestList) {}
