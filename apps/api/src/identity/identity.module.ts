import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AddressesController } from './addresses.controller';
import { AddressesService } from './addresses.service';
import { AuthGuard } from './auth.guard';
import { IdentityController } from './identity.controller';
import { IdentityService } from './identity.service';
import { SmsCodesService } from './sms-codes.service';
import { createSmsSender } from './sms/create-sms-sender';
import { SMS_SENDER } from './sms/sms-sender';
import { ThrottleService } from './throttle.service';
import { TokenService } from './token.service';

@Module({
  controllers: [IdentityController, AddressesController],
  providers: [
    IdentityService,
    TokenService,
    ThrottleService,
    SmsCodesService,
    AddressesService,
    { provide: SMS_SENDER, inject: [APP_CONFIG, Clock], useFactory: (config: AppConfig, clock: Clock) => createSmsSender(config, () => clock.now()) },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [IdentityService, TokenService, ThrottleService, SMS_SENDER],
})
export class IdentityModule {}
