import { CATEGORIES, COUNTIES, type CategoryView, type CountyView } from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { Database } from '../database/database';
import { ProductEntity } from './catalog.entities';

/** Shoppers see a product only while it is certified and listed and its supplier is active. */
export function onlyPublic<T extends object>(query: SelectQueryBuilder<T>, product = 'p'): SelectQueryBuilder<T> {
  return query
    .innerJoin('suppliers', 's', `s.id = ${product}.supplier_id`)
    .andWhere(`${product}.status = 'certified'`)
    .andWhere(`${product}.listed = :listed`, { listed: true })
    .andWhere(`s.status = 'active'`);
}

@Injectable()
export class CatalogService {
  constructor(private readonly db: Database) {}

  counties(): CountyView[] {
    return COUNTIES.map(({ code, name }) => ({ code, name }));
  }

  async categories(): Promise<CategoryView[]> {
    const rows: { code: string; n: string | number }[] = await onlyPublic(
      this.db.manager.createQueryBuilder(ProductEntity, 'p'),
    )
      .select('p.category_code', 'code')
      .addSelect('COUNT(*)', 'n')
      .groupBy('p.category_code')
      .getRawMany();
    const counts = new Map(rows.map((r) => [r.code, Number(r.n)]));
    return CATEGORIES.map(({ code, name, nameEn }) => ({ code, name, nameEn, productCount: counts.get(code) ?? 0 }));
  }
}
