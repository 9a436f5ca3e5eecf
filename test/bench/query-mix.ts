import type { CategoryCode, CountyCode } from '@bangfu/contracts';
import type { EngineQuery } from '../../apps/api/src/search/search-engine';

export interface BenchQuery {
  q: string;
  filters?: EngineQuery['filters'];
  sort?: EngineQuery['sort'];
  offset?: number;
}

const XIXIANG: CountyCode = '610724';
const LIUBA: CountyCode = '610729';
const TEA: CategoryCode = 'tea';

/** What shoppers type, in the proportions we care about: words, pinyin, initials, traditional, synonyms, typos, filters, browsing. */
export const QUERY_MIX: readonly BenchQuery[] = [
  ...['香菇', '黑木耳', '木耳', '绿茶', '汉中仙毫', '洋县黑米', '腊肉', '略阳乌鸡', '猕猴桃', '天麻', '土蜂蜜', '核桃', '魔芋豆腐', '留坝香菇 干货'].map((q) => ({ q })),
  ...['xianggu', 'xiang gu', 'heimi', 'larou', 'mihoutao', 'tianma'].map((q) => ({ q })),
  ...['xg', 'lbxg', 'hme', 'tm'].map((q) => ({ q })),
  ...['綠茶', '臘肉', '烏雞', '獼猴桃'].map((q) => ({ q })),
  ...['花菇', '冬菇', '奇异果', '蒟蒻', '熏肉'].map((q) => ({ q })),
  ...['xiangu', 'mihoutai', '相菇', 'xg 500g'].map((q) => ({ q })),
  { q: '茶叶', filters: { countyCode: XIXIANG }, sort: 'price:asc' },
  { q: '香菇', filters: { inStock: true }, sort: 'sales:desc' },
  { q: '', filters: { categoryCode: TEA }, sort: 'price:desc' },
  { q: '', filters: { countyCode: LIUBA, minPriceFen: 5_000, maxPriceFen: 20_000 } },
  { q: '蜂蜜', sort: 'newest', offset: 20 },
  { q: '', sort: 'newest', offset: 40 },
  { q: '' },
];

export const SUGGEST_MIX = ['x', 'xia', 'xiangg', 'lbx', '留', '留坝', '香', '黑木', 'mih', '汉中仙'];
