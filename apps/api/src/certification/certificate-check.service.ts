import type { CertificateCheck, CertificateCheckStatus, ProductStatus } from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import { ProductsService } from '../catalog/products.service';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { Database } from '../database/database';
import { CertificateEntity, SupplierEntity } from './certification.entities';

/**
 * The public check behind the QR code on a product or its packaging: who holds the certificate and whether it
 * holds today. A certificate stays "valid" on record while its holder is suspended, so the live status also
 * reads the holder (and, for a product's certificate, the product).
 */
@Injectable()
export class CertificateCheckService {
  constructor(
    private readonly db: Database,
    private readonly products: ProductsService,
    private readonly clock: Clock,
  ) {}

  async check(no: string): Promise<CertificateCheck> {
    const certificate = no.length <= 32 ? await this.db.manager.findOneBy(CertificateEntity, { no }) : null;
    if (!certificate) throw new AppError(404, 'CERTIFICATE_NOT_FOUND', `No certificate ${no}`);
    const product = certificate.subjectType === 'product' ? await this.products.adminView(certificate.subjectId) : null;
    const supplierId = product ? product.supplierId : certificate.subjectId;
    const holder = await this.db.manager.findOneByOrFail(SupplierEntity, { id: supplierId });
    return {
      no: certificate.no,
      subjectType: certificate.subjectType,
      holder: { supplierId: holder.id, name: holder.name, countyCode: holder.countyCode },
      ...(product ? { product: { id: product.id, name: product.name } } : {}),
      validFrom: certificate.validFrom,
      validUntil: certificate.validUntil,
      status: this.liveStatus(certificate, holder, product?.status),
    };
  }

  /** Revoked outranks expired, which outranks a suspension: the strongest reason it does not hold is the one shown. */
  private liveStatus(certificate: CertificateEntity, holder: SupplierEntity, productStatus: ProductStatus | undefined): CertificateCheckStatus {
    if (certificate.status === 'revoked' || productStatus === 'revoked') return 'revoked';
    if (certificate.status === 'expired' || certificate.validUntil < this.clock.today() || holder.status === 'expired') return 'expired';
    if (holder.status === 'suspended') return 'suspended';
    return 'valid';
  }
}
