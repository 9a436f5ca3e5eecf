import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { DevSmsView } from '@bangfu/contracts';
import { AppError } from '../../common/app-error';
import { Public } from '../auth.decorators';
import { DevSmsSender } from './dev-sms-sender';
import { SMS_SENDER, type SmsSender } from './sms-sender';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The dev SMS box: what a phone would have received. Registered only when no real SMS provider is configured. */
@ApiExcludeController()
@Public()
@Controller('auth/dev')
export class DevSmsController {
  private readonly box: DevSmsSender;

  constructor(@Inject(SMS_SENDER) sender: SmsSender) {
    if (!(sender instanceof DevSmsSender)) throw new Error('The dev SMS box needs the dev SMS sender');
    this.box = sender;
  }

  @Get('sms')
  last(@Query('phone') phone: string | undefined): DevSmsView {
    const message = phone ? this.box.lastTo(phone) : undefined;
    if (!message) throw AppError.notFound('SMS to this phone');
    return message;
  }

  @Get('sms-box')
  @Header('Content-Type', 'text/html; charset=utf-8')
  page(): string {
    const rows = this.box
      .recent()
      .map((m) => `<tr><td>${escape(m.phone)}</td><td style="font-size:1.5rem"><b>${escape(m.code)}</b></td><td>${escape(m.purpose)}</td><td>${escape(m.sentAt)}</td></tr>`)
      .join('');
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>开发短信 Dev SMS</title></head><body style="font-family:sans-serif;max-width:40rem;margin:2rem auto">
<h1>开发短信 Dev SMS</h1><p>嵌入式默认配置不发送真实短信；验证码显示在这里和日志中。No real SMS is sent in the embedded default: codes show here and in the log.</p>
<table border="1" cellpadding="6"><tr><th>手机号 Phone</th><th>验证码 Code</th><th>用途 Purpose</th><th>时间 Sent</th></tr>${rows || '<tr><td colspan="4">暂无 None yet</td></tr>'}</table>
</body></html>`;
  }
}
