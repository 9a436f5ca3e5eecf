import { Body, Controller, Get, Header, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, type Principal } from '../identity/auth.decorators';
import { PaymentStartDto, PaymentStartResponseDto, PaymentViewDto } from './payments.dto';
import { PaymentsService } from './payments.service';

@ApiTags('payments')
@Controller('payments')
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Get(':id')
  @ApiBearerAuth()
  @ApiOkResponse({ type: PaymentViewDto })
  get(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.payments.getOwn(user, id);
  }

  @Post(':id/start')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOkResponse({ type: PaymentStartResponseDto })
  start(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: PaymentStartDto) {
    return this.payments.start(user, id, body.method);
  }

  /** Alipay's asynchronous notification: a form POST answered with the bare word success or failure. */
  @Public()
  @Post('alipay/notify')
  @HttpCode(200)
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'The bare word Alipay expects', schema: { type: 'string', enum: ['success', 'failure'] } })
  notify(@Body() form: Record<string, string>) {
    return this.payments.handleNotification(form);
  }
}
