import { defineMessages } from '@bangfu/ui';

export const dashboardMessages = defineMessages({
  'zh-CN': {
    dashboard: {
      salesToday: '今日销售额',
      salesMonth: '本月销售额',
      ordersCount: '{{count}} 笔订单',
      toShip: '待发货订单',
      lowStock: '库存不足的规格',
      expiring: '30 天内到期的证书',
      expiringNote: '供应商证书和产品证书合计',
      toOrders: '查看订单',
      toShipLink: '去发货',
      toStock: '去补货',
      toCertificate: '查看证书',
      toProducts: '查看商品',
      none: '无',
    },
  },
  en: {
    dashboard: {
      salesToday: 'Sales today',
      salesMonth: 'Sales this month',
      ordersCount: '{{count}} orders',
      toShip: 'Orders to ship',
      lowStock: 'SKUs low on stock',
      expiring: 'Certificates expiring within 30 days',
      expiringNote: "The supplier's and its products' together",
      toOrders: 'See orders',
      toShipLink: 'Ship them',
      toStock: 'Restock',
      toCertificate: 'See the certificate',
      toProducts: 'See products',
      none: 'None',
    },
  },
});
