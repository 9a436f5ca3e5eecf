import { defineMessages } from '@bangfu/ui';

export const homeMessages = defineMessages({
  'zh-CN': {
    home: {
      title: '汉中消费帮扶产品',
      banners: '活动推荐',
      featured: '协会推荐',
      bestSellers: '热销好物',
      more: '更多',
      counties: '产地区县',
      nothingOnSale: '暂时没有在售的商品',
      soldOut: '缺货',
    },
  },
  en: {
    home: {
      title: 'Certified assistance products of Hanzhong',
      banners: 'Highlights',
      featured: 'Picked by the association',
      bestSellers: 'Best sellers',
      more: 'More',
      counties: 'Counties of origin',
      nothingOnSale: 'Nothing is on sale right now',
      soldOut: 'Sold out',
    },
  },
});
