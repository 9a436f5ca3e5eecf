import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity.module';
import { DevSmsController } from './dev-sms.controller';

/** Imported by the app only when the dev SMS sender runs (app.module.ts). */
@Module({ imports: [IdentityModule], controllers: [DevSmsController] })
export class DevSmsModule {}
