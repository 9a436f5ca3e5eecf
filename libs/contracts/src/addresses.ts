import { z } from 'zod';
import { listOf } from './errors';
import { ShippingAddress } from './orders';

/** How many addresses one account keeps. */
export const MAX_ADDRESSES = 20;

/** An address-book entry; province, city and district are the names of the national division codes. */
export const AddressInput = ShippingAddress.extend({ isDefault: z.boolean().default(false) });
export type AddressInput = z.infer<typeof AddressInput>;

export const AddressView = AddressInput.extend({ id: z.number().int(), updatedAt: z.string() });
export type AddressView = z.infer<typeof AddressView>;

export const AddressBook = listOf(AddressView);
export type AddressBook = z.infer<typeof AddressBook>;
