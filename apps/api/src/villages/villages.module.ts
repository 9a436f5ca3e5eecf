import { Module } from '@nestjs/common';
import { CertificationModule } from '../certification/certification.module';
import { VillagesController } from './villages.controller';
import { VillagesService } from './villages.service';

@Module({
  imports: [CertificationModule],
  controllers: [VillagesController],
  providers: [VillagesService],
  exports: [VillagesService],
})
export class VillagesModule {}
