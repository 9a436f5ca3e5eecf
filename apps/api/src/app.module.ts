import { Module, type DynamicModule } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { ZodValidationPipe } from 'nestjs-zod';
import { AuditModule } from './audit/audit.module';
import { CatalogModule } from './catalog/catalog.module';
import { CertificationModule } from './certification/certification.module';
import { Clock } from './common/clock';
import { JobScheduler } from './common/job-scheduler';
import { APP_CONFIG, type AppConfig } from './config/config';
import { DatabaseModule } from './database/database.module';
import { HealthController } from './health/health.controller';
import { HomeModule } from './home/home.module';
import { IdentityModule } from './identity/identity.module';
import { DevSmsModule } from './identity/sms/dev-sms.module';
import { InventoryModule } from './inventory/inventory.module';
import { OrdersModule } from './orders/orders.module';
import { OutboxModule } from './outbox/outbox.module';
import { PaymentsModule } from './payments/payments.module';
import { SearchModule } from './search/search.module';
import { UploadsModule } from './uploads/uploads.module';
import { VillagesModule } from './villages/villages.module';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Keeps a caller's request id when it is sane, otherwise makes one; echoed back in x-request-id. Given out
 * before the body is read (bootstrap.ts), so a body that cannot be read is answered and logged with it too.
 */
export function requestId(req: IncomingMessage & { id?: unknown }, res: ServerResponse): string {
  if (typeof req.id === 'string') return req.id;
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: requestId,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (req) => !req.url?.startsWith('/api/') },
          },
        }),
        DatabaseModule,
        AuditModule,
        OutboxModule,
        IdentityModule,
        ...(config.aliyunSms ? [] : [DevSmsModule]),
        UploadsModule,
        CatalogModule,
        CertificationModule,
        InventoryModule,
        PaymentsModule.forRoot(config),
        OrdersModule,
        SearchModule,
        VillagesModule,
        HomeModule,
      ],
      controllers: [HealthController],
      providers: [Clock, JobScheduler, { provide: APP_CONFIG, useValue: config }, { provide: APP_PIPE, useClass: ZodValidationPipe }],
      exports: [APP_CONFIG, Clock, JobScheduler],
    };
  }
}
