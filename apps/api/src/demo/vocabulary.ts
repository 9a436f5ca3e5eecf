import type { CategoryCode, CountyCode, EntityType } from '@bangfu/contracts';

/** Word banks for the demo catalog: real places and products of Hanzhong, plausible people and firms. */

const HANTAI: CountyCode = '610702';
const NANZHENG: CountyCode = '610703';
const CHENGGU: CountyCode = '610722';
const YANGXIAN: CountyCode = '610723';
const XIXIANG: CountyCode = '610724';
const MIANXIAN: CountyCode = '610725';
const NINGQIANG: CountyCode = '610726';
const LUEYANG: CountyCode = '610727';
const ZHENBA: CountyCode = '610728';
const LIUBA: CountyCode = '610729';
const FOPING: CountyCode = '610730';

export interface CountyProfile {
  code: CountyCode;
  /** As it prefixes a product: 留坝香菇, 洋县黑米. */
  shortName: string;
  /** Certified suppliers here; the eleven add up to the city's 650. */
  supplierQuota: number;
  towns: readonly string[];
  /** Mountains, rivers and sights that local firms name their brands after. */
  landmarks: readonly string[];
  /** How common each industry is among the county's suppliers. */
  industryWeights: Readonly<Partial<Record<CategoryCode, number>>>;
}

export const COUNTY_PROFILES: readonly CountyProfile[] = [
  {
    code: HANTAI,
    shortName: '汉台',
    supplierQuota: 70,
    towns: ['铺镇', '武乡镇', '河东店镇', '宗营镇', '老君镇', '汉王镇', '徐望镇'],
    landmarks: ['天汉', '汉台', '汉江', '拜将坛', '龙江', '褒斜', '汉王', '石门', '兴汉'],
    industryWeights: { tea: 2, herbs: 3, meat: 3, fruit: 4, grain_oil: 5, honey: 1 },
  },
  {
    code: NANZHENG,
    shortName: '南郑',
    supplierQuota: 80,
    towns: ['大河坎镇', '协税镇', '梁山镇', '阳春镇', '高台镇', '新集镇', '濂水镇', '黄官镇', '青树镇', '红庙镇', '牟家坝镇', '法镇', '湘水镇', '小南海镇', '碑坝镇', '黎坪镇', '福成镇', '两河镇'],
    landmarks: ['黎坪', '汉山', '红寺湖', '小南海', '碑坝', '米仓山', '梁山', '龙岗', '福成'],
    industryWeights: { tea: 7, fungi: 6, herbs: 3, meat: 2, fruit: 2, grain_oil: 2, konjac: 2, nuts: 1, honey: 1, vegetables: 1 },
  },
  {
    code: CHENGGU,
    shortName: '城固',
    supplierQuota: 85,
    towns: ['三合镇', '上元观镇', '龙头镇', '沙河营镇', '文川镇', '柳林镇', '老庄镇', '桔园镇', '原公镇', '天明镇', '二里镇', '五堵镇', '双溪镇', '小河镇', '董家营镇'],
    landmarks: ['张骞', '湑水', '橘乡', '上元观', '五堵', '桔园', '南沙湖', '宝山', '丝路'],
    industryWeights: { tea: 3, fungi: 2, herbs: 5, meat: 1, fruit: 6, grain_oil: 2, honey: 1, vegetables: 1 },
  },
  {
    code: YANGXIAN,
    shortName: '洋县',
    supplierQuota: 90,
    towns: ['溢水镇', '槐树关镇', '华阳镇', '龙亭镇', '谢村镇', '马畅镇', '磨子桥镇', '黄家营镇', '黄安镇', '智果镇', '金水镇', '茅坪镇', '关帝镇', '桑溪镇', '八里关镇'],
    landmarks: ['朱鹮', '华阳', '蔡伦', '黄金峡', '傥骆', '溢水', '龙亭', '洋州', '长青'],
    industryWeights: { tea: 3, fungi: 3, herbs: 3, meat: 1, fruit: 3, grain_oil: 7, nuts: 1, honey: 1, vegetables: 1 },
  },
  {
    code: XIXIANG,
    shortName: '西乡',
    supplierQuota: 85,
    towns: ['私渡镇', '峡口镇', '堰口镇', '杨河镇', '柳树镇', '沙河镇', '茶镇', '高川镇', '两河口镇', '大河镇', '骆家坝镇', '子午镇', '白龙塘镇', '桑园镇'],
    landmarks: ['午子山', '午子', '鹿龄', '樱桃沟', '牧马河', '子午', '骆家坝', '沙河', '高川'],
    industryWeights: { tea: 10, fungi: 4, herbs: 2, meat: 2, fruit: 3, grain_oil: 1, konjac: 2, nuts: 1, honey: 1, vegetables: 1 },
  },
  {
    code: MIANXIAN,
    shortName: '勉县',
    supplierQuota: 55,
    towns: ['武侯镇', '定军山镇', '周家山镇', '同沟寺镇', '新街子镇', '老道寺镇', '褒城镇', '金泉镇', '漆树坝镇', '长沟河镇', '张家河镇', '元墩镇', '阜川镇', '新铺镇', '镇川镇', '茶店镇'],
    landmarks: ['定军山', '武侯', '诸葛', '汉源', '漾水', '褒城', '天荡山', '阜川', '茶店'],
    industryWeights: { tea: 5, fungi: 4, herbs: 4, meat: 2, fruit: 2, grain_oil: 2, konjac: 1, nuts: 1, honey: 1, vegetables: 1 },
  },
  {
    code: NINGQIANG,
    shortName: '宁强',
    supplierQuota: 55,
    towns: ['巴山镇', '燕子砭镇', '阳平关镇', '大安镇', '代家坝镇', '胡家坝镇', '广坪镇', '青木川镇', '毛坝河镇', '铁锁关镇', '舒家坝镇', '禅家岩镇', '二郎坝镇', '安乐河镇'],
    landmarks: ['汉水源', '青木川', '羌州', '燕子砭', '阳平关', '五丁关', '巴山', '禅家岩', '广坪'],
    industryWeights: { tea: 6, fungi: 5, herbs: 6, meat: 2, grain_oil: 1, konjac: 2, nuts: 2, honey: 2, vegetables: 1 },
  },
  {
    code: LUEYANG,
    shortName: '略阳',
    supplierQuota: 40,
    towns: ['徐家坪镇', '接官亭镇', '两河口镇', '金家河镇', '西淮坝镇', '硖口驿镇', '白水江镇', '乐素河镇', '郭镇', '黑河镇', '白雀寺镇', '仙台坝镇', '五龙洞镇', '观音寺镇'],
    landmarks: ['嘉陵江', '灵岩寺', '五龙洞', '白水江', '接官亭', '八渡河', '象山', '乐素河', '兴州'],
    industryWeights: { tea: 1, fungi: 4, herbs: 6, meat: 5, grain_oil: 1, konjac: 1, nuts: 3, honey: 2, vegetables: 1 },
  },
  {
    code: ZHENBA,
    shortName: '镇巴',
    supplierQuota: 50,
    towns: ['渔渡镇', '盐场镇', '杨家河镇', '长岭镇', '三元镇', '简池镇', '碾子镇', '小洋镇', '青水镇', '兴隆镇', '巴庙镇', '永乐镇', '观音镇', '平安镇', '黎坝镇', '仁村镇', '大池镇', '赤南镇'],
    landmarks: ['秦巴', '星子山', '渔渡', '楮河', '简池', '泾洋', '黎坝', '巴庙', '长岭'],
    industryWeights: { tea: 4, fungi: 2, herbs: 2, meat: 6, grain_oil: 1, konjac: 3, nuts: 1, honey: 2, vegetables: 3 },
  },
  {
    code: LIUBA,
    shortName: '留坝',
    supplierQuota: 22,
    towns: ['武关驿镇', '火烧店镇', '留侯镇', '马道镇', '江口镇', '玉皇庙镇', '紫柏街道'],
    landmarks: ['紫柏山', '张良', '栈道', '留侯', '武关驿', '火烧店', '营盘', '江口', '秦岭'],
    industryWeights: { fungi: 7, herbs: 4, meat: 1, grain_oil: 1, nuts: 1, honey: 4, vegetables: 2 },
  },
  {
    code: FOPING,
    shortName: '佛坪',
    supplierQuota: 18,
    towns: ['袁家庄街道', '长角坝镇', '陈家坝镇', '大河坝镇', '西岔河镇', '岳坝镇', '石墩河镇'],
    landmarks: ['熊猫谷', '秦岭', '椒溪河', '大古坪', '岳坝', '金水河', '长角坝', '观音山', '西岔河'],
    industryWeights: { fungi: 3, herbs: 6, meat: 1, nuts: 3, honey: 4, vegetables: 2 },
  },
];

/** Appended to a landmark to make a trade name: 朱鹮源, 华阳山珍, 黎坪绿源. */
export const BRAND_SUFFIXES = [
  '源', '谷', '园', '坊', '香', '绿源', '山珍', '佳禾', '丰源', '农庄', '生态', '康源', '金谷', '禾丰', '田园', '山居', '农家', '鑫源', '瑞丰', '兴农',
];

export const VILLAGE_STEMS = [
  '龙王', '金竹', '石门', '柳树', '桃园', '杨家', '张家', '李家', '王家', '黄家', '白岩', '青龙', '红岩', '新庄', '双河',
  '三合', '五星', '马家', '高桥', '大坪', '小河', '田坝', '茶园', '松树', '枫香', '梨园', '樱桃', '核桃', '花园', '草坝',
  '清水', '长岭', '庙坝', '水井', '堰塘', '观音', '凤凰', '狮子', '太平', '和平', '联合', '团结', '光明', '胜利', '新民',
  '兴隆', '永丰', '丰收', '何家', '陈家', '鹿鸣', '银杏', '竹园', '石板',
];
/** '' keeps the stem alone: 太平村, 团结村. */
export const VILLAGE_ENDINGS = ['坝', '坪', '沟', '河', '湾', '岭', '营', '寨', '垭', '口', '园', '岩', '铺', '院', '山', ''];

export const STREETS = ['农业园区', '现代农业产业园', '工业集中区', '滨江路', '兴汉路', '汉江路', '建设路', '人民路', '朝阳路', '迎宾大道', '新街', '老街'];

export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '何', '郭', '马', '罗', '梁',
  '宋', '郑', '谢', '韩', '唐', '冯', '董', '程', '曹', '袁', '邓', '许', '沈', '曾', '彭', '苏', '蒋', '蔡', '贾', '丁',
  '魏', '薛', '叶', '余', '潘', '杜', '夏', '汪', '田', '任', '范', '石', '姚', '谭', '廖', '熊', '向', '雷', '龚', '鲁',
];

export const GIVEN_NAMES = [
  '建国', '建军', '志强', '国华', '德明', '文斌', '永红', '春生', '学军', '小军', '明', '伟', '勇', '涛', '磊', '强', '军',
  '刚', '斌', '平', '海波', '新民', '长江', '红军', '兴旺', '保国', '有福', '家宝', '光辉', '俊杰', '宏伟', '振华', '立新',
  '秀英', '桂兰', '海燕', '红梅', '玉兰', '晓燕', '丽', '静', '敏', '霞', '芳', '娟', '艳', '莉', '小红', '春花', '秀兰',
  '翠萍', '玉梅', '雪梅', '美玲', '晓丽', '慧', '建华', '国强', '世明', '大勇', '成林', '金平', '德华', '书文', '忠林',
];

/** Prefixes of mainland mobile numbers in wide use. */
export const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159',
  '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '198', '199',
];

export const ENTITY_TYPE_WEIGHTS: readonly (readonly [EntityType, number])[] = [
  ['company', 24],
  ['coop', 42],
  ['family_farm', 20],
  ['village_collective', 14],
];

/** The business a supplier is named after, by industry: 西乡县午子山茶业专业合作社. */
export const INDUSTRY_WORDS: Readonly<Record<CategoryCode, readonly string[]>> = {
  tea: ['茶业', '茶叶', '生态茶业', '茶叶种植'],
  fungi: ['食用菌', '香菇种植', '菌业', '木耳种植'],
  herbs: ['中药材', '中药材种植', '药材种植', '药材'],
  meat: ['生猪养殖', '腊肉加工', '食品', '畜牧养殖'],
  fruit: ['果业', '水果种植', '果品', '林果'],
  grain_oil: ['粮油', '米业', '粮油加工', '农产品'],
  konjac: ['魔芋', '魔芋种植', '魔芋加工', '魔芋食品'],
  nuts: ['核桃', '干果', '林果', '核桃种植'],
  honey: ['蜂业', '中蜂养殖', '养蜂', '蜂产品'],
  vegetables: ['蔬菜', '高山蔬菜', '蔬菜种植', '农产品'],
};

/** A supplier's production base, for its profile: {n} is filled in from the range. */
export interface ProductionBase {
  template: string;
  min: number;
  max: number;
}

export const PRODUCTION_BASES: Readonly<Record<CategoryCode, ProductionBase>> = {
  tea: { template: '{n}亩生态茶园', min: 80, max: 1500 },
  fungi: { template: '年产{n}万袋菌棒的食用菌基地', min: 5, max: 150 },
  herbs: { template: '{n}亩中药材种植基地', min: 50, max: 1200 },
  meat: { template: '{n}亩生态养殖场和加工车间', min: 20, max: 300 },
  fruit: { template: '{n}亩标准化果园', min: 50, max: 2000 },
  grain_oil: { template: '{n}亩绿色种植基地和加工车间', min: 100, max: 5000 },
  konjac: { template: '{n}亩魔芋种植基地', min: 30, max: 800 },
  nuts: { template: '{n}亩干果经济林', min: 100, max: 3000 },
  honey: { template: '{n}箱中蜂养殖基地', min: 100, max: 3000 },
  vegetables: { template: '{n}亩高山蔬菜基地', min: 50, max: 1500 },
};

export interface Grade {
  /** Grade, form or flavour; first word of every SKU's spec and the tail of the product name. */
  label: string;
  /** Price relative to the kind's base price. */
  factor: number;
}

export interface Pack {
  label: string;
  unit: string;
  grams: number;
  /** Gift boxes cost more per gram, bulk packs less. */
  factor: number;
}

export interface ProductKind {
  category: CategoryCode;
  /** What shoppers search for. */
  name: string;
  /** Generic produce takes the county's name (留坝 + 香菇); regional names (午子仙毫) already carry theirs. */
  placePrefixed: boolean;
  counties: readonly CountyCode[];
  /** Regional specialities outweigh generic produce where they come from. */
  weight: number;
  grades: readonly Grade[];
  /** Closes the product name after the grade: 明前特级 + 绿茶. */
  noun: string;
  packs: readonly Pack[];
  /** Base retail price in yuan per jin (500 g), before grade and pack. */
  yuanPerJin: readonly [number, number];
  shelfLife: string;
  storage: string;
  blurbs: readonly string[];
  /** Overrides the industry's words in supplier names (a 乌鸡 farm is not a 生猪养殖 one). */
  industries?: readonly string[];
}

const grades = (...entries: [string, number][]): Grade[] => entries.map(([label, factor]) => ({ label, factor }));
const packs = (...entries: [string, string, number, number?][]): Pack[] =>
  entries.map(([label, unit, grams, factor = 1]) => ({ label, unit, grams, factor }));

const TEA_PACKS = packs(['试饮装 50g', '袋', 50, 1.1], ['125g', '罐', 125], ['250g', '罐', 250], ['礼盒装 250g', '盒', 250, 1.25], ['礼盒装 500g', '盒', 500, 1.2]);
const BULK_TEA_PACKS = packs(['250g', '袋', 250], ['500g', '袋', 500, 0.95], ['1斤 罐装', '罐', 500, 1.1]);
const DRIED_PACKS = packs(['250g', '袋', 250, 1.05], ['500g', '袋', 500], ['1kg', '袋', 1000, 0.95], ['礼盒装 2斤', '盒', 1000, 1.15]);
const PRECIOUS_PACKS = packs(['50g', '罐', 50, 1.1], ['100g', '罐', 100, 1.05], ['250g', '袋', 250], ['礼盒装 250g', '盒', 250, 1.2]);
const HERB_PACKS = packs(['100g', '袋', 100, 1.1], ['250g', '袋', 250], ['500g', '袋', 500, 0.95], ['礼盒装 500g', '盒', 500, 1.15]);
const FLOWER_TEA_PACKS = packs(['50g', '罐', 50, 1.1], ['100g', '罐', 100], ['礼盒装 150g', '盒', 150, 1.2]);
const CURED_MEAT_PACKS = packs(['1斤', '斤', 500], ['2斤', '袋', 1000, 0.97], ['礼盒装 5斤', '盒', 2500, 1.05]);
const FROZEN_PORK_PACKS = packs(['2斤', '袋', 1000], ['5斤', '箱', 2500, 0.95]);
const CHICKEN_PACKS = packs(['整只 约1.5kg', '只', 1500], ['整只 约2kg', '只', 2000], ['礼盒装 2只', '盒', 3200, 1.08]);
const CITRUS_PACKS = packs(['3斤', '箱', 1500, 1.1], ['5斤', '箱', 2500], ['10斤', '箱', 5000, 0.9]);
const KIWI_PACKS = packs(['12枚 礼盒', '盒', 1200, 1.2], ['3斤', '箱', 1500, 1.05], ['5斤', '箱', 2500], ['10斤', '箱', 5000, 0.9]);
const CHERRY_PACKS = packs(['1斤', '盒', 500, 1.1], ['2斤 礼盒', '盒', 1000, 1.1], ['3斤', '箱', 1500]);
const SNACK_PACKS = packs(['200g', '袋', 200, 1.05], ['500g', '袋', 500]);
const RICE_PACKS = packs(['1kg', '袋', 1000, 1.05], ['2.5kg', '袋', 2500], ['5kg', '袋', 5000, 0.95], ['礼盒装 2kg', '盒', 2000, 1.3]);
const OIL_PACKS = packs(['1.8L', '瓶', 1650, 1.05], ['2.5L', '桶', 2300], ['5L', '桶', 4600, 0.95]);
const NOODLE_PACKS = packs(['1kg', '袋', 1000], ['2.5kg', '箱', 2500, 0.95]);
const RICE_NOODLE_PACKS = packs(['4袋装', '袋', 1000], ['6袋 礼盒', '盒', 1500, 1.1]);
const FRESH_KONJAC_PACKS = packs(['2斤', '盒', 1000], ['5斤', '箱', 2500, 0.92]);
const POWDER_PACKS = packs(['250g', '袋', 250, 1.05], ['500g', '袋', 500], ['1kg', '袋', 1000, 0.95]);
const KONJAC_SNACK_PACKS = packs(['20包 盒装', '盒', 360], ['40包 盒装', '盒', 720, 0.95]);
const KONJAC_NOODLE_PACKS = packs(['200g×5袋', '袋', 1000], ['200g×10袋', '箱', 2000, 0.95]);
const NUT_PACKS = packs(['2斤', '袋', 1000], ['5斤', '箱', 2500, 0.93], ['礼盒装 3斤', '盒', 1500, 1.15]);
const KERNEL_PACKS = packs(['250g', '罐', 250, 1.1], ['500g', '袋', 500]);
const NUT_OIL_PACKS = packs(['250ml', '瓶', 230, 1.05], ['500ml', '瓶', 460], ['礼盒装 500ml×2', '盒', 920, 1.1]);
const HONEY_PACKS = packs(['500g', '瓶', 500], ['1kg', '瓶', 1000, 0.95], ['礼盒装 500g×2瓶', '盒', 1000, 1.15]);
const COMB_HONEY_PACKS = packs(['500g', '盒', 500], ['1kg', '盒', 1000, 0.95]);
const SAUCE_PACKS = packs(['210g', '瓶', 210], ['礼盒装 210g×3瓶', '盒', 630, 1.1]);
const FRESH_VEGETABLE_PACKS = packs(['5斤', '箱', 2500], ['10斤', '箱', 5000, 0.9]);

const TEA_COUNTIES = [NANZHENG, XIXIANG, MIANXIAN, NINGQIANG, CHENGGU, ZHENBA, YANGXIAN, HANTAI, LUEYANG];
const TEA_STORAGE = '密封避光，冷藏或阴凉干燥处保存';
const DRY_STORAGE = '阴凉干燥处，开封后密封防潮';
const HERB_STORAGE = '阴凉干燥处，防潮防蛀';
const CURED_STORAGE = '阴凉通风处或冷藏保存';
const FROZEN_STORAGE = '-18℃以下冷冻保存';
const CHILLED_STORAGE = '0–4℃冷藏保存';
const FRUIT_STORAGE = '阴凉通风处，收到后尽快食用';
const GRAIN_STORAGE = '阴凉干燥处，防潮防虫';
const OIL_STORAGE = '避光阴凉处密封保存';
const HONEY_STORAGE = '常温密封，避免阳光直射';

export const PRODUCT_KINDS: readonly ProductKind[] = [
  // 茶叶
  {
    category: 'tea', name: '汉中仙毫', placePrefixed: false, counties: TEA_COUNTIES, weight: 3,
    grades: grades(['明前特级', 1], ['明前一级', 0.7], ['雨前一级', 0.45]), noun: '绿茶',
    packs: TEA_PACKS, yuanPerJin: [480, 780], shelfLife: '18个月', storage: TEA_STORAGE,
    blurbs: ['国家地理标志保护产品，取秦巴山区高山茶园一芽一叶初展鲜叶制成，外形微扁挺秀，栗香持久，汤色嫩绿明亮。', '汉中茶区北纬33度，云雾多、日照短，茶叶氨基酸含量高，滋味鲜爽回甘。'],
  },
  {
    category: 'tea', name: '午子仙毫', placePrefixed: false, counties: [XIXIANG], weight: 4,
    grades: grades(['明前特级', 1], ['特级', 0.75], ['一级', 0.55]), noun: '绿茶',
    packs: TEA_PACKS, yuanPerJin: [520, 860], shelfLife: '18个月', storage: TEA_STORAGE,
    blurbs: ['产自西乡午子山麓，条索紧细似兰花，清香持久，滋味醇爽，曾获国际名茶金奖。'],
  },
  {
    category: 'tea', name: '西乡绿茶', placePrefixed: false, counties: [XIXIANG], weight: 3,
    grades: grades(['明前毛尖', 0.85], ['高山炒青', 0.4], ['一级炒青', 0.32]), noun: '',
    packs: TEA_PACKS, yuanPerJin: [300, 500], shelfLife: '18个月', storage: TEA_STORAGE,
    blurbs: ['西乡是陕西产茶第一大县，茶园多在海拔800米以上，富含锌硒，香高味浓耐冲泡。'],
  },
  {
    category: 'tea', name: '宁强雀舌', placePrefixed: false, counties: [NINGQIANG], weight: 4,
    grades: grades(['明前特级', 1], ['明前一级', 0.72], ['雨前一级', 0.48]), noun: '绿茶',
    packs: TEA_PACKS, yuanPerJin: [450, 760], shelfLife: '18个月', storage: TEA_STORAGE,
    blurbs: ['形似雀舌，扁平挺直，嫩绿显毫，产自汉江源头的高山茶园，清香高长，鲜醇爽口。'],
  },
  {
    category: 'tea', name: '秦巴雾毫', placePrefixed: false, counties: [ZHENBA], weight: 4,
    grades: grades(['明前特级', 1], ['特级', 0.78], ['一级', 0.56]), noun: '绿茶',
    packs: TEA_PACKS, yuanPerJin: [420, 720], shelfLife: '18个月', storage: TEA_STORAGE,
    blurbs: ['镇巴大巴山深处云雾缭绕，茶芽肥壮多毫，条索紧结，汤色清澈，滋味鲜浓。'],
  },
  {
    category: 'tea', name: '定军茗眉', placePrefixed: false, counties: [MIANXIAN], weight: 4,
    grades: grades(['明前特级', 1], ['一级', 0.62]), noun: '绿茶',
    packs: TEA_PACKS, yuanPerJin: [400, 680], shelfLife: '18个月', storage: TEA_STORAGE,
    blurbs: ['产于定军山下，条索纤秀似眉，翠绿显毫，冲泡后芽叶舒展，清香持久。'],
  },
  {
    category: 'tea', name: '汉中工夫红茶', placePrefixed: false, counties: TEA_COUNTIES, weight: 1,
    grades: grades(['金芽特级', 1], ['特级', 0.72], ['一级', 0.55]), noun: '',
    packs: TEA_PACKS, yuanPerJin: [360, 560], shelfLife: '24个月', storage: TEA_STORAGE,
    blurbs: ['以秦巴山区夏秋茶鲜叶全发酵精制，条索紧细乌润，汤色红亮，蜜香甜醇。'],
  },
  {
    category: 'tea', name: '高山炒青', placePrefixed: true, counties: TEA_COUNTIES, weight: 1,
    grades: grades(['特级', 1], ['一级', 0.8], ['二级', 0.62]), noun: '绿茶',
    packs: BULK_TEA_PACKS, yuanPerJin: [140, 240], shelfLife: '18个月', storage: TEA_STORAGE,
    blurbs: ['传统锅炒杀青，条索紧结，香气高爽，滋味浓厚耐泡，是汉中人家常喝的口粮茶。'],
  },
  {
    category: 'tea', name: '毛尖', placePrefixed: true, counties: [XIXIANG, NANZHENG, MIANXIAN, ZHENBA, CHENGGU, NINGQIANG], weight: 1,
    grades: grades(['明前特级', 1], ['雨前一级', 0.6]), noun: '绿茶',
    packs: TEA_PACKS, yuanPerJin: [300, 520], shelfLife: '18个月', storage: TEA_STORAGE,
    blurbs: ['细嫩芽尖手工揉捻，白毫显露，汤色黄绿明亮，香气清高。'],
  },
  // 食用菌
  {
    category: 'fungi', name: '香菇', placePrefixed: true, counties: [LIUBA, NINGQIANG, LUEYANG, MIANXIAN, NANZHENG, XIXIANG, FOPING, ZHENBA, YANGXIAN, CHENGGU], weight: 3,
    grades: grades(['干货', 1], ['椴木干货', 1.3], ['精选大朵', 1.15], ['剪脚干货', 1.1]), noun: '',
    packs: DRIED_PACKS, yuanPerJin: [45, 75], shelfLife: '12个月', storage: DRY_STORAGE,
    blurbs: ['秦岭山区椴木、菌棒栽培，肉厚柄短，泡发后香味浓郁，炖汤炒菜皆宜。', '低温烘干保留香菇天然风味，菌盖圆整，菌褶洁白。'],
    industries: ['香菇种植', '食用菌', '菌业'],
  },
  {
    category: 'fungi', name: '花菇', placePrefixed: true, counties: [LIUBA, NINGQIANG, LUEYANG, FOPING, XIXIANG], weight: 2,
    grades: grades(['特级白花菇', 1.3], ['一级', 1], ['茶花菇', 0.85]), noun: '',
    packs: DRIED_PACKS, yuanPerJin: [80, 130], shelfLife: '12个月', storage: DRY_STORAGE,
    blurbs: ['高山昼夜温差大，菌盖自然裂出白色花纹，肉质厚实，口感爽滑，是香菇中的上品。'],
    industries: ['香菇种植', '食用菌'],
  },
  {
    category: 'fungi', name: '黑木耳', placePrefixed: true, counties: [LUEYANG, NINGQIANG, LIUBA, MIANXIAN, ZHENBA, NANZHENG, XIXIANG, FOPING], weight: 3,
    grades: grades(['秋木耳', 1.2], ['春木耳', 1], ['小碗耳', 1.35], ['椴木', 1.25]), noun: '',
    packs: DRIED_PACKS, yuanPerJin: [50, 85], shelfLife: '18个月', storage: DRY_STORAGE,
    blurbs: ['朵小肉厚，泡发率高，口感脆嫩，凉拌清炒都好吃。'],
    industries: ['木耳种植', '食用菌', '菌业'],
  },
  {
    category: 'fungi', name: '金木耳', placePrefixed: true, counties: [LUEYANG, NINGQIANG, LIUBA, NANZHENG], weight: 1,
    grades: grades(['干货', 1], ['精选', 1.2]), noun: '',
    packs: DRIED_PACKS, yuanPerJin: [70, 110], shelfLife: '18个月', storage: DRY_STORAGE,
    blurbs: ['色泽金黄，胶质丰富，炖煮后软糯爽滑，适合煲汤和甜品。'],
    industries: ['食用菌', '菌业'],
  },
  {
    category: 'fungi', name: '羊肚菌', placePrefixed: true, counties: [LIUBA, NINGQIANG, FOPING, MIANXIAN, YANGXIAN], weight: 1,
    grades: grades(['特级', 1.3], ['一级', 1]), noun: '干货',
    packs: PRECIOUS_PACKS, yuanPerJin: [500, 800], shelfLife: '24个月', storage: DRY_STORAGE,
    blurbs: ['大田仿野生栽培，菌盖褶皱如羊肚，香味独特，煲汤极鲜。'],
  },
  {
    category: 'fungi', name: '猴头菇', placePrefixed: true, counties: [LIUBA, FOPING, NINGQIANG], weight: 1,
    grades: grades(['干货', 1], ['精选', 1.2]), noun: '',
    packs: DRIED_PACKS, yuanPerJin: [90, 140], shelfLife: '18个月', storage: DRY_STORAGE,
    blurbs: ['菌体圆整、毛刺细密，肉质细嫩，宜炖汤养胃。'],
  },
  {
    category: 'fungi', name: '香菇酱', placePrefixed: true, counties: [LIUBA, NINGQIANG, LUEYANG, NANZHENG, XIXIANG], weight: 1,
    grades: grades(['香辣味', 1], ['原味', 1], ['麻辣牛肉味', 1.2]), noun: '',
    packs: SAUCE_PACKS, yuanPerJin: [30, 45], shelfLife: '12个月', storage: '常温避光，开盖后冷藏',
    blurbs: ['本地香菇丁与菜籽油、辣椒慢火熬制，香菇颗粒饱满，拌饭拌面一勺就香。'],
  },
  // 中药材
  {
    category: 'herbs', name: '天麻', placePrefixed: true, counties: [NINGQIANG, LUEYANG, MIANXIAN, LIUBA, FOPING, ZHENBA, NANZHENG], weight: 3,
    grades: grades(['特级干货', 1.3], ['一级干货', 1], ['切片', 1.1], ['超细粉', 1.2]), noun: '',
    packs: HERB_PACKS, yuanPerJin: [120, 220], shelfLife: '24个月', storage: HERB_STORAGE,
    blurbs: ['林下仿野生种植乌天麻，个大肉厚，质地坚实，断面角质透明。', '汉中是天麻原产地之一，坚持三年生采挖，蒸制后低温烘干。'],
    industries: ['天麻种植', '中药材', '中药材种植'],
  },
  {
    category: 'herbs', name: '杜仲', placePrefixed: true, counties: [LUEYANG, NINGQIANG, MIANXIAN, CHENGGU], weight: 2,
    grades: grades(['厚皮', 1.2], ['切丝', 1]), noun: '',
    packs: HERB_PACKS, yuanPerJin: [40, 70], shelfLife: '24个月', storage: HERB_STORAGE,
    blurbs: ['取十年以上树龄杜仲树皮，皮厚、断面银白胶丝多而密。'],
    industries: ['杜仲种植', '中药材'],
  },
  {
    category: 'herbs', name: '杜仲雄花茶', placePrefixed: true, counties: [LUEYANG, NINGQIANG], weight: 1,
    grades: grades(['特级', 1], ['一级', 0.75]), noun: '',
    packs: FLOWER_TEA_PACKS, yuanPerJin: [180, 320], shelfLife: '18个月', storage: TEA_STORAGE,
    blurbs: ['采杜仲雄花蕊低温制成，汤色黄亮，清香微甜，是略阳的特色代用茶。'],
    industries: ['杜仲种植', '生态茶业'],
  },
  {
    category: 'herbs', name: '山茱萸', placePrefixed: true, counties: [FOPING, LIUBA, LUEYANG, YANGXIAN], weight: 3,
    grades: grades(['去核萸肉 特级', 1.2], ['去核萸肉 一级', 1]), noun: '',
    packs: HERB_PACKS, yuanPerJin: [45, 75], shelfLife: '24个月', storage: HERB_STORAGE,
    blurbs: ['佛坪是山茱萸道地产区，果肉厚、色鲜红、酸味纯正，手工去核晾晒。'],
  },
  {
    category: 'herbs', name: '元胡', placePrefixed: true, counties: [CHENGGU, HANTAI, NANZHENG, YANGXIAN, MIANXIAN], weight: 3,
    grades: grades(['统货', 1], ['选货', 1.2], ['切片', 1.1]), noun: '',
    packs: HERB_PACKS, yuanPerJin: [40, 70], shelfLife: '24个月', storage: HERB_STORAGE,
    blurbs: ['汉中元胡颗粒饱满、断面金黄有蜡样光泽，是汉中平坝冬春轮作的道地药材。'],
  },
  {
    category: 'herbs', name: '西洋参', placePrefixed: true, counties: [LIUBA], weight: 4,
    grades: grades(['切片', 1.2], ['整枝', 1], ['参须', 0.6]), noun: '',
    packs: PRECIOUS_PACKS, yuanPerJin: [300, 500], shelfLife: '24个月', storage: HERB_STORAGE,
    blurbs: ['留坝秦岭南麓林下栽培四年生西洋参，横纹紧密，切片可含服泡水。'],
  },
  {
    category: 'herbs', name: '猪苓', placePrefixed: true, counties: [LUEYANG, NINGQIANG, LIUBA, MIANXIAN, FOPING], weight: 1,
    grades: grades(['统货', 1], ['选货', 1.25]), noun: '',
    packs: HERB_PACKS, yuanPerJin: [60, 100], shelfLife: '24个月', storage: HERB_STORAGE,
    blurbs: ['林下伴生栽培，个大体实，断面洁白细腻。'],
  },
  {
    category: 'herbs', name: '黄精', placePrefixed: true, counties: [LUEYANG, NINGQIANG, ZHENBA, XIXIANG, NANZHENG], weight: 1,
    grades: grades(['九蒸九晒', 1.4], ['干片', 1]), noun: '',
    packs: HERB_PACKS, yuanPerJin: [60, 110], shelfLife: '24个月', storage: HERB_STORAGE,
    blurbs: ['多年生林下黄精，按古法九蒸九晒，色泽乌亮，味甜软糯。'],
  },
  {
    category: 'herbs', name: '葛根粉', placePrefixed: true, counties: [NINGQIANG, ZHENBA, XIXIANG, LUEYANG], weight: 1,
    grades: grades(['纯粉', 1], ['手工', 1.15]), noun: '',
    packs: POWDER_PACKS, yuanPerJin: [30, 55], shelfLife: '24个月', storage: HERB_STORAGE,
    blurbs: ['野生葛根水洗沉淀、自然晾干，开水冲调晶莹剔透。'],
  },
  {
    category: 'herbs', name: '灵芝', placePrefixed: true, counties: [LUEYANG, LIUBA, NINGQIANG, FOPING], weight: 1,
    grades: grades(['切片', 1], ['整芝', 0.9]), noun: '',
    packs: HERB_PACKS, yuanPerJin: [90, 160], shelfLife: '24个月', storage: HERB_STORAGE,
    blurbs: ['段木仿野生栽培赤灵芝，菌盖厚实、光泽好，切片便于煮水泡茶。'],
  },
  // 生猪及腊肉
  {
    category: 'meat', name: '略阳乌鸡', placePrefixed: false, counties: [LUEYANG], weight: 6,
    grades: grades(['林下散养', 1.1], ['散养', 1], ['老母鸡', 1.2]), noun: '',
    packs: CHICKEN_PACKS, yuanPerJin: [30, 45], shelfLife: '冷冻12个月', storage: FROZEN_STORAGE,
    blurbs: ['国家地理标志产品，乌皮乌骨乌肉，林下散养一年以上，炖汤鲜香。'],
    industries: ['乌鸡养殖', '生态养殖'],
  },
  {
    category: 'meat', name: '镇巴腊肉', placePrefixed: false, counties: [ZHENBA], weight: 6,
    grades: grades(['五花', 1], ['后腿', 0.95], ['排骨', 1.1]), noun: '',
    packs: CURED_MEAT_PACKS, yuanPerJin: [50, 75], shelfLife: '12个月', storage: CURED_STORAGE,
    blurbs: ['选用本地粮食喂养的土猪，冬月腌制后挂在火塘上用青冈木柴熏烤月余，色泽金黄，咸香适口。'],
    industries: ['腊肉加工', '食品', '生猪养殖'],
  },
  {
    category: 'meat', name: '柴火腊肉', placePrefixed: true, counties: [XIXIANG, NINGQIANG, NANZHENG, MIANXIAN, LIUBA, FOPING, LUEYANG, CHENGGU], weight: 2,
    grades: grades(['五花', 1], ['后腿', 0.95], ['前腿', 0.9]), noun: '',
    packs: CURED_MEAT_PACKS, yuanPerJin: [45, 68], shelfLife: '12个月', storage: CURED_STORAGE,
    blurbs: ['农家土猪肉按老法腌制，松柏枝柴火慢熏，肥而不腻，蒸炒皆香。'],
    industries: ['腊肉加工', '食品'],
  },
  {
    category: 'meat', name: '腊香肠', placePrefixed: true, counties: [ZHENBA, XIXIANG, NINGQIANG, NANZHENG, HANTAI, MIANXIAN], weight: 1,
    grades: grades(['麻辣味', 1], ['五香味', 1]), noun: '',
    packs: CURED_MEAT_PACKS, yuanPerJin: [45, 65], shelfLife: '12个月', storage: CURED_STORAGE,
    blurbs: ['七分瘦三分肥的土猪肉手工灌制，柴火熏干，蒸熟切片即可上桌。'],
    industries: ['腊肉加工', '食品'],
  },
  {
    category: 'meat', name: '腊猪蹄', placePrefixed: true, counties: [ZHENBA, NINGQIANG, XIXIANG, NANZHENG], weight: 1,
    grades: grades(['整只', 1], ['切块', 1.08]), noun: '',
    packs: CURED_MEAT_PACKS, yuanPerJin: [40, 60], shelfLife: '12个月', storage: CURED_STORAGE,
    blurbs: ['柴火熏制的土猪前蹄，炖萝卜或洋芋，汤色奶白，软糯不腻。'],
    industries: ['腊肉加工', '食品'],
  },
  {
    category: 'meat', name: '土猪肉', placePrefixed: true, counties: [NANZHENG, CHENGGU, YANGXIAN, HANTAI, MIANXIAN, XIXIANG, ZHENBA], weight: 1,
    grades: grades(['五花肉', 1.1], ['前腿肉', 1], ['精排', 1.3]), noun: '',
    packs: FROZEN_PORK_PACKS, yuanPerJin: [28, 42], shelfLife: '冷冻12个月', storage: FROZEN_STORAGE,
    blurbs: ['玉米、红薯喂养十个月以上出栏，肉质紧实，冷链锁鲜发货。'],
    industries: ['生猪养殖', '畜牧养殖'],
  },
  // 水果
  {
    category: 'fruit', name: '城固蜜橘', placePrefixed: false, counties: [CHENGGU], weight: 5,
    grades: grades(['精选中果', 1], ['精选大果', 1.15], ['特级', 1.3]), noun: '',
    packs: CITRUS_PACKS, yuanPerJin: [3.5, 6], shelfLife: '常温30天', storage: FRUIT_STORAGE,
    blurbs: ['中国北缘柑橘产区的地理标志产品，皮薄易剥、汁多化渣，酸甜适口。'],
    industries: ['柑橘种植', '果业'],
  },
  {
    category: 'fruit', name: '椪柑', placePrefixed: true, counties: [CHENGGU, YANGXIAN, HANTAI, NANZHENG, MIANXIAN], weight: 1,
    grades: grades(['精选中果', 1], ['精选大果', 1.15]), noun: '',
    packs: CITRUS_PACKS, yuanPerJin: [3, 5], shelfLife: '常温30天', storage: FRUIT_STORAGE,
    blurbs: ['果形端正，色泽橙黄，果肉脆嫩多汁，耐储运。'],
    industries: ['柑橘种植', '果业'],
  },
  {
    category: 'fruit', name: '猕猴桃', placePrefixed: true, counties: [CHENGGU, YANGXIAN, HANTAI, NANZHENG, MIANXIAN, XIXIANG], weight: 2,
    grades: grades(['红心', 1.3], ['翠香', 1.1], ['徐香', 1], ['海沃德', 0.9]), noun: '',
    packs: KIWI_PACKS, yuanPerJin: [6, 10], shelfLife: '冷藏30天', storage: '常温放软即食，冷藏可延长存放',
    blurbs: ['秦岭南麓果园自然成熟采摘，糖度高，果肉细嫩多汁，放软后即食。'],
    industries: ['猕猴桃种植', '果业'],
  },
  {
    category: 'fruit', name: '樱桃', placePrefixed: true, counties: [XIXIANG, HANTAI, NANZHENG, CHENGGU, MIANXIAN], weight: 2,
    grades: grades(['大果', 1], ['特大果', 1.25]), noun: '',
    packs: CHERRY_PACKS, yuanPerJin: [18, 30], shelfLife: '冷藏7天', storage: CHILLED_STORAGE,
    blurbs: ['每年四月下旬成熟，果皮鲜亮、果肉厚实，当天采摘当天冷链发出。'],
    industries: ['樱桃种植', '果业'],
  },
  {
    category: 'fruit', name: '猕猴桃干', placePrefixed: true, counties: [CHENGGU, YANGXIAN, XIXIANG, NANZHENG], weight: 1,
    grades: grades(['原味', 1], ['少糖', 1.1]), noun: '',
    packs: SNACK_PACKS, yuanPerJin: [30, 45], shelfLife: '12个月', storage: DRY_STORAGE,
    blurbs: ['鲜果切片低温烘干，酸甜有嚼劲，不添加色素。'],
    industries: ['果品', '农产品'],
  },
  // 粮油
  {
    category: 'grain_oil', name: '洋县黑米', placePrefixed: false, counties: [YANGXIAN], weight: 6,
    grades: grades(['有机', 1.4], ['富硒', 1.1], ['精选', 1]), noun: '',
    packs: RICE_PACKS, yuanPerJin: [12, 20], shelfLife: '12个月', storage: GRAIN_STORAGE,
    blurbs: ['朱鹮栖息地稻田出产的地理标志黑米，米粒乌黑油亮，煮粥香糯，有"药米""贡米"之称。'],
    industries: ['黑米', '米业', '粮油'],
  },
  {
    category: 'grain_oil', name: '大米', placePrefixed: true, counties: [YANGXIAN, CHENGGU, HANTAI, NANZHENG, MIANXIAN, XIXIANG], weight: 2,
    grades: grades(['有机', 1.6], ['富硒', 1.2], ['当季新米', 1]), noun: '',
    packs: RICE_PACKS, yuanPerJin: [4.5, 7], shelfLife: '12个月', storage: GRAIN_STORAGE,
    blurbs: ['汉江平坝一季稻，不施化学除草剂，米粒饱满透亮，蒸饭软香有嚼劲。'],
    industries: ['米业', '粮油'],
  },
  {
    category: 'grain_oil', name: '菜籽油', placePrefixed: true, counties: [HANTAI, NANZHENG, CHENGGU, YANGXIAN, MIANXIAN, XIXIANG, NINGQIANG], weight: 2,
    grades: grades(['压榨一级', 1], ['小榨浓香', 1.2], ['古法压榨', 1.3]), noun: '',
    packs: OIL_PACKS, yuanPerJin: [8, 13], shelfLife: '18个月', storage: OIL_STORAGE,
    blurbs: ['汉中百万亩油菜花海的菜籽，物理压榨、自然沉淀，菜籽香浓郁。'],
    industries: ['油脂', '粮油加工', '粮油'],
  },
  {
    category: 'grain_oil', name: '汉中米皮', placePrefixed: false, counties: [HANTAI, NANZHENG, CHENGGU, MIANXIAN], weight: 3,
    grades: grades(['原味', 1], ['麻辣', 1.05]), noun: '',
    packs: RICE_NOODLE_PACKS, yuanPerJin: [8, 12], shelfLife: '6个月', storage: '常温阴凉处保存',
    blurbs: ['本地大米磨浆蒸制，筋道爽滑，配秘制辣椒油和醋汁，三分钟还原汉中街头热米皮。'],
    industries: ['食品', '粮油加工'],
  },
  {
    category: 'grain_oil', name: '荞麦挂面', placePrefixed: true, counties: [ZHENBA, NINGQIANG, LUEYANG, LIUBA], weight: 1,
    grades: grades(['手工', 1.2], ['原味', 1]), noun: '',
    packs: NOODLE_PACKS, yuanPerJin: [6, 10], shelfLife: '12个月', storage: GRAIN_STORAGE,
    blurbs: ['高山荞麦与小麦粉按比例和面，自然晾晒，久煮不糊。'],
    industries: ['食品', '粮油加工'],
  },
  // 魔芋
  {
    category: 'konjac', name: '魔芋豆腐', placePrefixed: true, counties: [ZHENBA, NINGQIANG, XIXIANG, NANZHENG, LUEYANG, MIANXIAN], weight: 2,
    grades: grades(['手工', 1], ['柴火灰水', 1.1]), noun: '',
    packs: FRESH_KONJAC_PACKS, yuanPerJin: [6, 9], shelfLife: '冷藏30天', storage: '0–10℃冷藏保存',
    blurbs: ['高山花魔芋现磨现做，口感Q弹，凉拌、烧鸭、火锅都合适。'],
  },
  {
    category: 'konjac', name: '魔芋精粉', placePrefixed: true, counties: [ZHENBA, NINGQIANG, XIXIANG, NANZHENG, LUEYANG], weight: 1,
    grades: grades(['食用级', 1], ['高纯', 1.3]), noun: '',
    packs: POWDER_PACKS, yuanPerJin: [40, 65], shelfLife: '24个月', storage: DRY_STORAGE,
    blurbs: ['葡甘聚糖含量高，可在家自制魔芋豆腐、魔芋丝。'],
  },
  {
    category: 'konjac', name: '魔芋爽', placePrefixed: true, counties: [ZHENBA, NINGQIANG, XIXIANG, NANZHENG], weight: 1,
    grades: grades(['香辣味', 1], ['麻辣味', 1], ['酸辣味', 1]), noun: '',
    packs: KONJAC_SNACK_PACKS, yuanPerJin: [20, 30], shelfLife: '9个月', storage: '常温阴凉处保存',
    blurbs: ['低脂低卡的魔芋小零食，口感爽脆，独立小包装。'],
  },
  {
    category: 'konjac', name: '魔芋丝', placePrefixed: true, counties: [ZHENBA, NINGQIANG, XIXIANG, LUEYANG], weight: 1,
    grades: grades(['即食', 1], ['火锅', 0.95]), noun: '',
    packs: KONJAC_NOODLE_PACKS, yuanPerJin: [8, 12], shelfLife: '6个月', storage: '常温阴凉处保存',
    blurbs: ['开袋沥水即可凉拌、涮锅，饱腹低卡。'],
  },
  // 核桃坚果
  {
    category: 'nuts', name: '核桃', placePrefixed: true, counties: [LUEYANG, NINGQIANG, MIANXIAN, LIUBA, FOPING, ZHENBA, NANZHENG, XIXIANG, YANGXIAN], weight: 3,
    grades: grades(['薄皮原味', 1], ['纸皮大果', 1.2], ['统货', 0.85]), noun: '',
    packs: NUT_PACKS, yuanPerJin: [14, 22], shelfLife: '12个月', storage: DRY_STORAGE,
    blurbs: ['秦巴山区当年新核桃，壳薄仁满，手捏即开，仁色浅黄、香而不涩。'],
    industries: ['核桃种植', '核桃', '干果'],
  },
  {
    category: 'nuts', name: '核桃仁', placePrefixed: true, counties: [LUEYANG, NINGQIANG, MIANXIAN, LIUBA, FOPING], weight: 1,
    grades: grades(['生仁一级', 1], ['琥珀', 1.3]), noun: '',
    packs: KERNEL_PACKS, yuanPerJin: [35, 55], shelfLife: '9个月', storage: DRY_STORAGE,
    blurbs: ['手工剥取完整仁瓣，新鲜无哈喇味。'],
    industries: ['核桃', '干果'],
  },
  {
    category: 'nuts', name: '板栗', placePrefixed: true, counties: [FOPING, ZHENBA, NINGQIANG, LIUBA, NANZHENG, XIXIANG], weight: 2,
    grades: grades(['鲜果', 1], ['精选大果', 1.2]), noun: '',
    packs: NUT_PACKS, yuanPerJin: [8, 14], shelfLife: '6个月', storage: '冷藏或阴凉通风处',
    blurbs: ['秦岭野生板栗嫁接改良，个头均匀，粉糯香甜。'],
    industries: ['干果', '林果'],
  },
  {
    category: 'nuts', name: '核桃油', placePrefixed: true, counties: [LUEYANG, NINGQIANG, MIANXIAN, LIUBA], weight: 1,
    grades: grades(['冷榨', 1]), noun: '',
    packs: NUT_OIL_PACKS, yuanPerJin: [60, 95], shelfLife: '18个月', storage: OIL_STORAGE,
    blurbs: ['低温物理压榨，色泽清亮，适合凉拌和给宝宝辅食添加。'],
    industries: ['核桃', '油脂'],
  },
  // 土蜂蜜
  {
    category: 'honey', name: '土蜂蜜', placePrefixed: true, counties: [LIUBA, FOPING, ZHENBA, NINGQIANG, LUEYANG, NANZHENG, YANGXIAN, XIXIANG, MIANXIAN], weight: 3,
    grades: grades(['中蜂百花蜜', 1], ['成熟原蜜', 1.2]), noun: '',
    packs: HONEY_PACKS, yuanPerJin: [55, 90], shelfLife: '24个月', storage: HONEY_STORAGE,
    blurbs: ['秦岭中华蜜蜂一年一取的封盖成熟蜜，百花香浓，天冷自然结晶。'],
    industries: ['中蜂养殖', '蜂业', '养蜂'],
  },
  {
    category: 'honey', name: '五倍子蜜', placePrefixed: true, counties: [LIUBA, FOPING, ZHENBA, NINGQIANG], weight: 1,
    grades: grades(['冬蜜', 1], ['结晶蜜', 1]), noun: '',
    packs: HONEY_PACKS, yuanPerJin: [70, 110], shelfLife: '24个月', storage: HONEY_STORAGE,
    blurbs: ['秋末五倍子花期所产，色浅易结晶，口感细腻带微酸，产量稀少。'],
    industries: ['中蜂养殖', '蜂业'],
  },
  {
    category: 'honey', name: '槐花蜜', placePrefixed: true, counties: [CHENGGU, YANGXIAN, MIANXIAN, HANTAI, NANZHENG], weight: 1,
    grades: grades(['纯正', 1], ['洋槐', 1.05]), noun: '',
    packs: HONEY_PACKS, yuanPerJin: [35, 55], shelfLife: '24个月', storage: HONEY_STORAGE,
    blurbs: ['水白透亮，槐花清香，不易结晶，适合冲水饮用。'],
    industries: ['蜂业', '养蜂'],
  },
  {
    category: 'honey', name: '巢蜜', placePrefixed: true, counties: [LIUBA, FOPING, NINGQIANG], weight: 1,
    grades: grades(['整脾', 1], ['切块盒装', 1.1]), noun: '',
    packs: COMB_HONEY_PACKS, yuanPerJin: [90, 140], shelfLife: '24个月', storage: HONEY_STORAGE,
    blurbs: ['连蜂巢一起割下的成熟蜜，可直接嚼食，蜂蜡天然。'],
    industries: ['中蜂养殖', '蜂产品'],
  },
  // 高山蔬菜
  {
    category: 'vegetables', name: '干辣椒', placePrefixed: true, counties: [ZHENBA, XIXIANG, NINGQIANG, CHENGGU, NANZHENG, YANGXIAN, MIANXIAN], weight: 2,
    grades: grades(['线椒', 1], ['朝天椒', 1.1]), noun: '',
    packs: DRIED_PACKS, yuanPerJin: [20, 35], shelfLife: '12个月', storage: DRY_STORAGE,
    blurbs: ['高山日晒辣椒，色红油润，香辣适中，做油泼辣子正合适。'],
  },
  {
    category: 'vegetables', name: '油泼辣子', placePrefixed: true, counties: [ZHENBA, XIXIANG, NINGQIANG, HANTAI, NANZHENG], weight: 1,
    grades: grades(['香辣', 1], ['特辣', 1]), noun: '',
    packs: SAUCE_PACKS, yuanPerJin: [25, 40], shelfLife: '12个月', storage: '常温避光，开盖后冷藏',
    blurbs: ['本地辣椒面配热菜籽油现泼，红亮喷香，拌面、蘸料皆宜。'],
  },
  {
    category: 'vegetables', name: '干豆角', placePrefixed: true, counties: [ZHENBA, NINGQIANG, XIXIANG, LUEYANG, NANZHENG, LIUBA, FOPING], weight: 2,
    grades: grades(['农家晒干', 1], ['精选嫩角', 1.15]), noun: '',
    packs: DRIED_PACKS, yuanPerJin: [25, 40], shelfLife: '12个月', storage: DRY_STORAGE,
    blurbs: ['高山豆角焯水后自然晒干，泡发后炖腊肉最香。'],
  },
  {
    category: 'vegetables', name: '笋干', placePrefixed: true, counties: [ZHENBA, XIXIANG, NINGQIANG, NANZHENG], weight: 1,
    grades: grades(['高山竹笋', 1], ['嫩尖', 1.3]), noun: '',
    packs: DRIED_PACKS, yuanPerJin: [40, 70], shelfLife: '12个月', storage: DRY_STORAGE,
    blurbs: ['春季采挖的山竹笋煮制晒干，脆嫩鲜香。'],
  },
  {
    category: 'vegetables', name: '干蕨菜', placePrefixed: true, counties: [LIUBA, FOPING, ZHENBA, NINGQIANG, LUEYANG], weight: 1,
    grades: grades(['山野', 1]), noun: '',
    packs: DRIED_PACKS, yuanPerJin: [40, 60], shelfLife: '12个月', storage: DRY_STORAGE,
    blurbs: ['秦岭山间采摘的嫩蕨菜，焯水晒干，泡发后凉拌或炒腊肉。'],
  },
  {
    category: 'vegetables', name: '高山洋芋', placePrefixed: true, counties: [ZHENBA, NINGQIANG, LUEYANG, LIUBA, FOPING], weight: 1,
    grades: grades(['黄心', 1], ['紫皮', 1.1]), noun: '',
    packs: FRESH_VEGETABLE_PACKS, yuanPerJin: [2, 3.5], shelfLife: '常温30天', storage: '阴凉避光处，防止发芽',
    blurbs: ['海拔千米以上的沙壤土种植，淀粉足，蒸煮沙糯。'],
  },
];
