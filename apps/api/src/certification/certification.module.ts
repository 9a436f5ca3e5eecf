import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OutboxModule } from '../outbox/outbox.module';
import { UploadsModule } from '../uploads/uploads.module';
import { CatalogModule } from '../catalog/catalog.module';
import { IdentityModule } from '../identity/identity.module';
import { InventoryModule } from '../inventory/inventory.module';
import { ApplicationsService } from './applications.service';
import { AssociationProductsController } from './association-products.controller';
import { AssociationController } from './association.controller';
import { CertificateCheckService } from './certificate-check.service';
import { CertificateExpiryService } from './certificate-expiry.service';
import { CertificatesController } from './certificates.controller';
import { CertificateIssuer } from './certificate-issuer';
import { ProductReviewService } from './product-review.service';
import { SupplierApplicationsController } from './supplier-applications.controller';
import { SuppliersService } from './suppliers.service';

@Module({
  imports: [AuditModule, OutboxModule, UploadsModule, CatalogModule, IdentityModule, InventoryModule],
  controllers: [AssociationController, SupplierApplicationsController, AssociationProductsController, CertificatesController],
  providers: [SuppliersService, ApplicationsService, CertificateIssuer, CertificateCheckService, CertificateExpiryService, ProductReviewService],
  exports: [SuppliersService, CertificateIssuer],
})
export class CertificationModule {}
