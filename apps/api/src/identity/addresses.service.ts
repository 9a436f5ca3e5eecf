import { MAX_ADDRESSES, type AddressBook, type AddressInput, type AddressView } from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';
import { Not, type EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';
import { Database } from '../database/database';
import { AddressEntity } from './address.entity';
import { unknownDivision } from './divisions';
import { IdentityService } from './identity.service';

function toView(a: AddressEntity): AddressView {
  return {
    id: a.id,
    name: a.name,
    phone: a.phone,
    province: a.province,
    city: a.city,
    district: a.district,
    detail: a.detail,
    isDefault: Boolean(a.isDefault),
    updatedAt: new Date(a.updatedAt).toISOString(),
  };
}

/** Each shopper's address book. One entry is the default: the first one added, or the last one marked so. */
@Injectable()
export class AddressesService {
  constructor(
    private readonly db: Database,
    private readonly identity: IdentityService,
  ) {}

  async list(userId: number): Promise<AddressBook> {
    const rows = await this.db.manager.find(AddressEntity, { where: { userId }, order: { isDefault: 'DESC', updatedAt: 'DESC', id: 'DESC' } });
    return { items: rows.map(toView), total: rows.length };
  }

  async add(userId: number, input: AddressInput): Promise<AddressView> {
    checkDivisions(input);
    return this.db.transaction(async (m) => {
      // Changes to one book run one after another, so two "first addresses" cannot both become the default.
      await this.identity.holdAccount(m, userId);
      const count = await m.countBy(AddressEntity, { userId });
      if (count >= MAX_ADDRESSES) throw AppError.conflict('ADDRESS_BOOK_FULL', `An address book holds at most ${MAX_ADDRESSES} addresses`);
      const isDefault = input.isDefault || count === 0;
      const saved = await m.save(m.create(AddressEntity, { ...input, userId, isDefault }));
      if (isDefault) await this.onlyDefault(m, userId, saved.id);
      return toView(saved);
    });
  }

  async update(userId: number, id: number, input: AddressInput): Promise<AddressView> {
    checkDivisions(input);
    return this.db.transaction(async (m) => {
      const current = await this.own(m, userId, id);
      await this.identity.holdAccount(m, userId);
      // The default moves by marking another one; unmarking the only default would leave the book without one.
      const isDefault = input.isDefault || Boolean(current.isDefault);
      await m.update(AddressEntity, { id }, { ...input, isDefault });
      if (isDefault) await this.onlyDefault(m, userId, id);
      return toView(await m.findOneByOrFail(AddressEntity, { id }));
    });
  }

  async remove(userId: number, id: number): Promise<void> {
    await this.db.transaction(async (m) => {
      const gone = await this.own(m, userId, id);
      await this.identity.holdAccount(m, userId);
      await m.delete(AddressEntity, { id });
      if (!gone.isDefault) return;
      const next = await m.findOne(AddressEntity, { where: { userId }, order: { updatedAt: 'DESC', id: 'DESC' } });
      if (next) await m.update(AddressEntity, { id: next.id }, { isDefault: true });
    });
  }

  /** Another shopper's address is a 403, one that does not exist a 404. */
  private async own(m: EntityManager, userId: number, id: number): Promise<AddressEntity> {
    const address = await m.findOneBy(AddressEntity, { id });
    if (!address) throw AppError.notFound('Address', id);
    if (address.userId !== userId) throw AppError.forbidden('This address belongs to another account');
    return address;
  }

  private async onlyDefault(m: EntityManager, userId: number, id: number): Promise<void> {
    await m.update(AddressEntity, { userId, id: Not(id), isDefault: true }, { isDefault: false });
  }
}

function checkDivisions(input: AddressInput): void {
  const wrong = unknownDivision(input);
  if (wrong) throw AppError.invalid(wrong, 'is not a division of the national division codes');
}
