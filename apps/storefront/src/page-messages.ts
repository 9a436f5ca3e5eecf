import { mergeMessages } from '@bangfu/ui';
import { addressMessages } from './features/addresses/i18n';
import { authMessages } from './features/auth/i18n';
import { cartMessages } from './features/cart/i18n';
import { certificateMessages } from './features/certificates/i18n';
import { checkoutMessages } from './features/checkout/i18n';
import { orderMessages } from './features/orders/i18n';
import { paymentMessages } from './features/payments/i18n';
import { productMessages } from './features/products/i18n';

/** The texts of every page but the home page, which arrive with the first of those pages (i18n.ts). */
export const pageMessages = mergeMessages(authMessages, addressMessages, productMessages, cartMessages, checkoutMessages, paymentMessages, orderMessages, certificateMessages);
