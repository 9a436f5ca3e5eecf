import { Module } from '@nestjs/common';
import { AssociationController } from './association.controller';
import { SuppliersService } from './suppliers.service';

@Module({ controllers: [AssociationController], providers: [SuppliersService], exports: [SuppliersService] })
export class CertificationModule {}
