import { COUNTIES, type SupplierAdminView, type SupplierListQuery } from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import { ProductEntity } from '../catalog/catalog.entities';
import { Database } from '../database/database';
import { CertificateEntity, SupplierEntity } from './certification.entities';

const COUNTY_NAMES = new Map<string, string>(COUNTIES.map((c) => [c.code, c.name]));

@Injectable()
export class SuppliersService {
  constructor(private readonly db: Database) {}

  async list(query: SupplierListQuery): Promise<{ items: SupplierAdminView[]; total: number }> {
    const q = this.db.manager
      .createQueryBuilder(SupplierEntity, 's')
      .leftJoinAndMapOne('s.certificate', CertificateEntity, 'c', 'c.id = s.certificate_id')
      .orderBy('s.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    if (query.status) q.andWhere('s.status = :status', { status: query.status });
    if (query.county) q.andWhere('s.county_code = :county', { county: query.county });
    if (query.q) q.andWhere('(s.name LIKE :q OR s.credit_code LIKE :q)', { q: `%${query.q}%` });
    const [rows, total] = await q.getManyAndCount();
    const counts = await this.productCounts(rows.map((r) => r.id));
    return { items: rows.map((r) => toAdminView(r, counts.get(r.id) ?? 0)), total };
  }

  private async productCounts(supplierIds: number[]): Promise<Map<number, number>> {
    if (supplierIds.length === 0) return new Map();
    const rows: { id: number; n: string | number }[] = await this.db.manager
      .createQueryBuilder(ProductEntity, 'p')
      .select('p.supplier_id', 'id')
      .addSelect('COUNT(*)', 'n')
      .where('p.supplier_id IN (:...ids)', { ids: supplierIds })
      .groupBy('p.supplier_id')
      .getRawMany();
    return new Map(rows.map((r) => [Number(r.id), Number(r.n)]));
  }
}

type Loaded = SupplierEntity & { certificate?: CertificateEntity | null };

function toAdminView(s: Loaded, productCount: number): SupplierAdminView {
  return {
    id: s.id,
    name: s.name,
    creditCode: s.creditCode,
    entityType: s.entityType,
    countyCode: s.countyCode,
    countyName: COUNTY_NAMES.get(s.countyCode) ?? s.countyCode,
    town: s.town,
    village: s.village,
    contactName: s.contactName,
    contactPhone: s.contactPhone,
    householdsLinked: s.householdsLinked,
    status: s.status,
    certificate: s.certificate
      ? { no: s.certificate.no, validFrom: s.certificate.validFrom, validUntil: s.certificate.validUntil, status: s.certificate.status }
      : null,
    productCount,
    createdAt: new Date(s.createdAt).toISOString(),
  };
}
