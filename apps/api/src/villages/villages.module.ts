import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CertificationModule } from '../certification/certification.module';
import { VillagesController } from './villages.controller';
import { VillagesService } from './villages.service';

@Module({
  imports: [AuditModule, CertificationModule],
  controllers: [VillagesController],
  providers: [VillagesService],
  exports: [VillagesService],
})
export class VillagesModule {}
