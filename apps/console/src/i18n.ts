import { defineMessages, mergeMessages } from '@bangfu/ui';
import { applicationsMessages } from './features/applications/messages';
import { arbitrationMessages } from './features/arbitration/messages';
import { certificateMessages } from './features/certificate/messages';
import { dashboardMessages } from './features/dashboard/messages';
import { searchAdminMessages } from './features/search-admin/messages';
import { associationOrdersMessages } from './features/association-orders/messages';
import { ordersMessages } from './features/orders/messages';
import { productsMessages } from './features/products/messages';
import { refundsMessages } from './features/refunds/messages';
import { reviewMessages } from './features/review/messages';
import { shippingMessages } from './features/shipping/messages';
import { stockMessages } from './features/stock/messages';
import { apiErrorMessages } from './lib/api-error-messages';

/** Keys of the shell and of what several features show; each feature brings its own under its own top-level key. */
const shell = defineMessages({
  'zh-CN': {
    nav: { menu: '菜单', overview: '概览', orders: '订单', refunds: '退款', products: '商品', stock: '库存', shipping: '运费设置', associationOrders: '全部订单', arbitration: '退款裁决', apply: '申请入驻', certificate: '认定证书', searchAdmin: '搜索管理' },
    login: { title: '登录控制台', audience: '供应商与协会工作人员使用；经营主体可登录后申请入驻', signup: '还没有账户？先在商城注册，再回到这里申请入驻' },
    overview: { account: '当前账户' },
    documents: { upload: '选择文件', uploading: '上传中 {{percent}}%', uploadFailed: '上传失败：{{reason}}', remove: '移除', open: '打开' },
    access: {
      toStorefront: '前往商城',
      applicantOnlyTitle: '供消费者和供应商账户使用',
      applicantOnlyText: '入驻申请由经营主体用自己的账户提交；协会工作人员在审核页面处理申请。',
      supplierOnlyTitle: '仅供应商可用',
      supplierOnlyText: '订单、退款、商品、库存和运费由供应商账户管理。',
      staffOnlyTitle: '仅协会工作人员可用',
      staffOnlyText: '供应商与产品认定、全部订单、退款裁决和搜索管理由消费帮扶协会工作人员处理。',
    },
    /** Columns of a refund request shown to suppliers and to staff alike. */
    refundRequest: {
      id: '申请编号',
      order: '订单',
      createdAt: '申请时间',
      amount: '退款金额',
      quantity: '退货数量',
      pieces: '{{count}} 件',
      reason: '买家原因',
      photos: '买家凭证',
      photoAlt: '买家凭证 {{n}}',
      noPhotos: '无',
    },
  },
  en: {
    nav: { menu: 'Menu', overview: 'Overview', orders: 'Orders', refunds: 'Refunds', products: 'Products', stock: 'Stock', shipping: 'Shipping fee', associationOrders: 'All orders', arbitration: 'Refund arbitration', apply: 'Become a supplier', certificate: 'Certificate', searchAdmin: 'Search' },
    login: { title: 'Log in to the console', audience: 'For suppliers and association staff; businesses log in here to apply', signup: 'No account yet? Sign up in the store, then come back here to apply' },
    overview: { account: 'Signed in as' },
    documents: { upload: 'Choose files', uploading: 'Uploading {{percent}}%', uploadFailed: 'Upload failed: {{reason}}', remove: 'Remove', open: 'Open' },
    access: {
      toStorefront: 'Go to the store',
      applicantOnlyTitle: 'For shopper and supplier accounts',
      applicantOnlyText: 'A business applies from its own account; association staff handle applications on the review pages.',
      supplierOnlyTitle: 'For suppliers only',
      supplierOnlyText: 'Orders, refunds, products, stock and shipping fees are managed from a supplier account.',
      staffOnlyTitle: 'For association staff only',
      staffOnlyText: 'Certification of suppliers and products, all orders, refund arbitration and search are for the staff of the consumption assistance association.',
    },
    refundRequest: {
      id: 'Request',
      order: 'Order',
      createdAt: 'Requested at',
      amount: 'Amount',
      quantity: 'Items returned',
      pieces_one: '{{count}} item',
      pieces_other: '{{count}} items',
      reason: "Buyer's reason",
      photos: "Buyer's photos",
      photoAlt: "Buyer's photo {{n}}",
      noPhotos: 'None',
    },
  },
});

export const messages = mergeMessages(shell, apiErrorMessages, applicationsMessages, certificateMessages, dashboardMessages, searchAdminMessages, ordersMessages, refundsMessages, productsMessages, stockMessages, shippingMessages, arbitrationMessages, associationOrdersMessages, reviewMessages);

declare module '@bangfu/ui' {
  interface AppMessagesRegister {
    messages: (typeof messages)['zh-CN'];
  }
}
