import { DevCompleteRequest, PaymentStartRequest, PaymentStartResponse, PaymentView } from '@bangfu/contracts';
import { createZodDto } from 'nestjs-zod';

export class PaymentStartDto extends createZodDto(PaymentStartRequest) {}
export class PaymentStartResponseDto extends createZodDto(PaymentStartResponse) {}
export class PaymentViewDto extends createZodDto(PaymentView) {}
export class DevCompleteDto extends createZodDto(DevCompleteRequest) {}
