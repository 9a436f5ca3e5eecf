import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { IdentityController } from './identity.controller';
import { IdentityService } from './identity.service';
import { ThrottleService } from './throttle.service';
import { TokenService } from './token.service';

@Module({
  controllers: [IdentityController],
  providers: [IdentityService, TokenService, ThrottleService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [IdentityService, TokenService, ThrottleService],
})
export class IdentityModule {}
