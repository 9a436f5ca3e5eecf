import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import { IdempotencyKey } from '@bangfu/contracts';
import type { Response } from 'express';
import { AppError } from '../common/app-error';
import { CurrentUser, type Principal } from '../identity/auth.decorators';
import { CheckoutService } from './checkout.service';
import { CheckoutDto, CheckoutResponseDto } from './orders.dto';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('checkout')
export class CheckoutController {
  constructor(private readonly checkouts: CheckoutService) {}

  /** 201 for a new checkout; a retry with the same key and body answers 200 with the first result. */
  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '8–100 characters, one per checkout attempt' })
  @ApiCreatedResponse({ type: CheckoutResponseDto })
  async checkout(
    @CurrentUser() user: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Body() body: CheckoutDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const parsed = IdempotencyKey.safeParse(key);
    if (!parsed.success) throw AppError.invalid('Idempotency-Key', key ? parsed.error.issues[0].message : 'header is required');
    const { created, result } = await this.checkouts.checkout(user, parsed.data, body);
    res.status(created ? 201 : 200);
    if (!created) res.setHeader('Idempotent-Replayed', 'true');
    return result;
  }
}
