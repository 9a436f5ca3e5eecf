import { Body, Controller, Get, Header, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { formatPrice } from '@bangfu/contracts';
import type { Request, Response } from 'express';
import { AppError } from '../../common/app-error';
import { Public } from '../../identity/auth.decorators';
import { PAYMENT_PROVIDER, type PaymentProvider } from '../payment-provider';
import { DevCompleteDto } from '../payments.dto';
import { PaymentsService } from '../payments.service';
import { DevPaymentProvider } from './dev-provider';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The dev provider's cashier. Registered only when Alipay is not configured. */
@ApiExcludeController()
@Public()
@Controller('payments/dev')
export class DevCashierController {
  constructor(
    private readonly payments: PaymentsService,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
  ) {}

  @Get('page/:outTradeNo')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async page(@Param('outTradeNo') outTradeNo: string): Promise<string> {
    const { payment, ref } = await this.payments.byOutTradeNo(outTradeNo);
    const open = payment.status === 'created' || payment.status === 'pending';
    const action = `/api/payments/dev/${encodeURIComponent(payment.outTradeNo)}/complete`;
    const button = (outcome: string, label: string) =>
      `<form method="post" action="${action}"><input type="hidden" name="outcome" value="${outcome}"><button>${label}</button></form>`;
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>开发收银台 Dev cashier</title></head><body style="font-family:sans-serif;max-width:28rem;margin:2rem auto">
<h1>开发收银台</h1><p>${escape(ref.subject)}</p><p>订单号 ${escape(payment.outTradeNo)}</p>
<p style="font-size:2rem" data-testid="amount">${formatPrice(payment.amountFen)}</p>
<p data-testid="status">状态：${payment.status}</p>
${open ? button('succeeded', '确认支付 Pay') + button('closed', '放弃支付 Fail') : ''}
<p><a href="/orders">返回我的订单 Back to my orders</a></p>
</body></html>`;
  }

  /**
   * Pays (or abandons) a payment through the same notification path Alipay's notifications take. Keyed by the
   * trade number, which only the payer's checkout answer carries: sequential ids would let anyone settle any checkout.
   */
  @Post(':outTradeNo/complete')
  @HttpCode(200)
  async complete(@Param('outTradeNo') outTradeNo: string, @Body() body: DevCompleteDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    if (!(this.provider instanceof DevPaymentProvider)) throw AppError.notFound('Route', req.path);
    const { payment } = await this.payments.byOutTradeNo(outTradeNo);
    const reply = await this.payments.handleNotification(this.provider.notification(payment, body.outcome === 'succeeded' ? 'TRADE_SUCCESS' : 'TRADE_CLOSED'));
    if (reply !== 'success') throw AppError.conflict('PAYMENT_REFUSED', `Payment ${outTradeNo} was not accepted`);
    if (req.is('application/x-www-form-urlencoded')) {
      res.redirect(303, `/api/payments/dev/page/${encodeURIComponent(payment.outTradeNo)}`);
      return undefined;
    }
    return this.payments.view(await this.payments.load(payment.id));
  }
}
