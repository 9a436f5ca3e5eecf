import { defineMessages } from '@bangfu/ui';

export const searchMessages = defineMessages({
  'zh-CN': {
    search: {
      placeholder: '搜索香菇、茶叶、区县…',
      suggestions: '搜索建议',
      searchFor: '搜索“{{q}}”',
      category: '分类',
      county: '产地',
      allCategories: '全部分类',
      allCounties: '全部区县',
      sort: { relevance: '综合排序', priceAsc: '价格从低到高', priceDesc: '价格从高到低', salesDesc: '销量优先', newest: '最新上架' },
      total: '共 {{count}} 件商品',
      noResults: '没有找到相关商品，换个词试试',
      end: '没有更多了',
      resultsFor: '“{{q}}”的搜索结果',
    },
  },
  en: {
    search: {
      placeholder: 'Search shiitake, tea, counties…',
      suggestions: 'Suggestions',
      searchFor: 'Search for “{{q}}”',
      category: 'Category',
      county: 'Origin',
      allCategories: 'All categories',
      allCounties: 'All counties',
      sort: { relevance: 'Best match', priceAsc: 'Price: low to high', priceDesc: 'Price: high to low', salesDesc: 'Best selling', newest: 'Newest' },
      total_one: '{{count}} product',
      total_other: '{{count}} products',
      noResults: 'Nothing found; try other words',
      end: 'No more products',
      resultsFor: 'Results for “{{q}}”',
    },
  },
});
