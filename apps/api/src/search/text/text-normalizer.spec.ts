import { DEFAULT_SYNONYMS, SynonymSet } from './synonym-set';
import { TextNormalizer } from './text-normalizer';

describe('TextNormalizer', () => {
  const text = new TextNormalizer();

  describe('normalize', () => {
    it.each([
      ['綠茶', '绿茶'],
      ['臘肉', '腊肉'],
      ['烏雞', '乌鸡'],
      ['留壩香菇 乾貨', '留坝香菇 干货'],
      ['鎮巴臘肉', '镇巴腊肉'],
      ['衞生 裡面', '卫生 里面'],
    ])('turns traditional %s into simplified %s', (traditional, simplified) => {
      expect(text.normalize(traditional)).toBe(simplified);
    });

    it.each(['香菇', '冬菇', '花菇', '蒟蒻', '山茱萸', '猕猴桃'])('leaves %s alone', (word) => {
      expect(text.normalize(word)).toBe(word);
    });

    it('turns full-width letters, digits and spaces half-width, lower-cases and collapses spaces', () => {
      expect(text.normalize('  ＸＧ　５００Ｇ   綠茶， ')).toBe('xg 500g 绿茶,');
    });
  });

  describe('words', () => {
    it('splits our place-and-product words into their halves, not across them', () => {
      expect(text.words('西乡土蜂蜜')).toEqual(['西乡土蜂蜜', '西乡', '土蜂蜜', '土蜂', '蜂蜜']);
      expect(text.words('汉中仙毫')).toEqual(['汉中仙毫', '汉中', '仙毫']);
    });

    it('keeps our words whole and adds the words inside them', () => {
      expect(text.words('略阳黑木耳 秋木耳')).toEqual(expect.arrayContaining(['略阳黑木耳', '黑木耳', '木耳', '略阳']));
      expect(text.words('黑木耳')).toEqual(expect.arrayContaining(['黑木耳', '木耳']));
      expect(text.words('洋县黑米 有机')).toEqual(expect.arrayContaining(['洋县黑米', '洋县', '黑米', '有机']));
      expect(text.words('汉中仙毫 明前特级绿茶')).toEqual(expect.arrayContaining(['汉中仙毫', '汉中', '仙毫', '绿茶']));
    });

    it.each(['汉中仙毫', '午子仙毫', '西乡绿茶', '宁强雀舌', '洋县黑米', '留坝香菇', '略阳乌鸡', '镇巴腊肉', '城固蜜橘', '汉中米皮', '佛坪山茱萸', '金木耳', '土蜂蜜'])(
      'segments %s as one word',
      (word) => {
        expect(text.words(word)[0]).toBe(word);
      },
    );

    it('drops punctuation and spaces, keeps latin and digits', () => {
      expect(text.words('香菇，木耳! 500g')).toEqual(['香菇', '木耳', '500g']);
    });

    it('segments traditional and full-width input like the simplified', () => {
      expect(text.words('留壩香菇　乾貨')).toEqual(text.words('留坝香菇 干货'));
    });
  });

  describe('pinyin and initials', () => {
    it('spells a word joined and by syllable, without tones', () => {
      expect(text.pinyin('香菇').split(' ')).toEqual(['xianggu', 'xiang', 'gu']);
      expect(text.initials('香菇')).toBe('xg');
    });

    it('spells every word of a name, its parts and the whole', () => {
      const tokens = text.pinyin('留坝香菇 干货').split(' ');
      expect(tokens).toEqual(expect.arrayContaining(['liubaxianggu', 'xianggu', 'liuba', 'liu', 'ba', 'xiang', 'gu', 'ganhuo', 'liubaxiangguganhuo']));
      expect(text.initials('留坝香菇 干货').split(' ')).toEqual(expect.arrayContaining(['lbxg', 'xg', 'lb', 'gh', 'lbxggh']));
    });

    it('writes ü both as v and as u', () => {
      expect(text.pinyin('绿茶').split(' ')).toEqual(expect.arrayContaining(['lvcha', 'lucha']));
      expect(text.pinyin('略阳').split(' ')).toEqual(expect.arrayContaining(['lveyang', 'lueyang']));
    });

    it('keeps latin and digits as they are', () => {
      expect(text.pinyin('土蜂蜜 500g').split(' ')).toContain('500g');
      expect(text.initials('土蜂蜜 500g').split(' ')).toEqual(expect.arrayContaining(['tfm', '500g']));
    });

    it.each([
      ['xianggu', true],
      ['Xiang Gu', true],
      ['ＸＧ', true],
      ['xg 500g', true],
      ['香菇', false],
      ['xg 香菇', false],
      ['500', false],
    ])('tells whether %s is a pinyin query (%s)', (query, expected) => {
      expect(text.isPinyinQuery(query)).toBe(expected);
    });
  });

  describe('queryText', () => {
    it('adds synonyms and keeps the typed word last', () => {
      const terms = text.queryText('花菇').split(' ');
      expect(terms).toEqual(expect.arrayContaining(['香菇', '冬菇', '花菇']));
      expect(terms.at(-1)).toBe('花菇');
    });

    it('leaves out the parts of compounds, which documents carry', () => {
      expect(text.queryText('汉中仙毫')).toBe('汉中仙毫');
    });

    it('tells which terms are synonyms it added', () => {
      expect(text.synonymExpansions(text.queryText('花菇').split(' '))).toEqual(
        new Map([
          ['香菇', '花菇'],
          ['冬菇', '花菇'],
        ]),
      );
      expect(text.synonymExpansions(['留坝', '香菇']).size).toBe(0);
    });

    it('normalizes traditional and full-width queries', () => {
      expect(text.queryText('臘肉').split(' ')).toContain('腊肉');
      expect(text.queryText('ＸＩＡＮＧＧＵ')).toBe('xianggu');
    });

    it('is empty for blank or punctuation-only input', () => {
      expect(text.queryText('  ，。 ')).toBe('');
    });
  });

  describe('fallbackQueryText', () => {
    it('offers the parts of compounds and their synonyms', () => {
      expect(text.fallbackQueryText(text.queryText('佛坪花菇')).split(' ')).toEqual(expect.arrayContaining(['佛坪', '花菇', '香菇', '冬菇']));
    });

    it('offers the pinyin of Chinese words, for homophone typos', () => {
      expect(text.fallbackQueryText(text.queryText('相菇')).split(' ')).toContain('xianggu');
    });

    it('is empty when there is nothing looser to try', () => {
      expect(text.fallbackQueryText('xianggu')).toBe('');
    });
  });

  describe('documentFields', () => {
    const fields = text.documentFields({
      name: '留坝香菇 干货',
      categoryName: '食用菌',
      countyName: '留坝县',
      town: '火烧店镇',
      village: '太平村',
      supplierName: '留坝县紫柏山香菇种植专业合作社',
      description: '秦岭深处椴木栽培，肉厚柄短，香味浓郁。带动脱贫户120户增收。',
      skuSpecs: ['干货 礼盒装 500g'],
    });

    it('puts the name words and characters in nameWords and the rest in keywords, synonyms left to queries', () => {
      expect(fields.nameWords).toBe('留坝香菇 留坝 香菇 干货 留 坝 香 菇 干 货');
      const keywords = fields.keywords.split(' ');
      expect(keywords).toEqual(expect.arrayContaining(['食用菌', '留坝县', '火烧店镇', '太平村', '紫柏山', '椴木', '500g']));
      expect(keywords).not.toContain('香菇');
      expect(keywords).not.toContain('花菇');
    });

    it('leaves single characters and bare numbers of descriptions out of keywords', () => {
      const keywords = fields.keywords.split(' ');
      expect(keywords).not.toContain('户');
      expect(keywords).not.toContain('120');
    });

    it('spells the name only', () => {
      expect(fields.pinyin.split(' ')).toContain('xianggu');
      expect(fields.pinyin).not.toContain('qinling');
      expect(fields.initials.split(' ')).toEqual(expect.arrayContaining(['lbxg', 'xg']));
    });
  });

  describe('highlight', () => {
    it.each([
      ['留坝香菇 干货', ['香菇'], '留坝<em>香菇</em> 干货'],
      ['略阳黑木耳 秋木耳', ['木耳'], '略阳黑<em>木耳</em> 秋<em>木耳</em>'],
      ['留坝香菇 干货', ['xianggu'], '留坝<em>香菇</em> 干货'],
      ['留坝香菇 干货', ['lbxg'], '<em>留坝香菇</em> 干货'],
      ['漢中仙毫 綠茶', ['绿茶'], '漢中仙毫 <em>綠茶</em>'],
      ['汉中绿茶', ['lucha'], '汉中<em>绿茶</em>'],
      ['土蜂蜜 500g', ['500g'], '土蜂蜜 <em>500g</em>'],
      ['土蜂蜜 1500g', ['500g'], '土蜂蜜 1500g'],
      ['香菇酱 <原味&香辣>', ['香菇'], '<em>香菇</em>酱 &lt;原味&amp;香辣&gt;'],
      ['留坝香菇', [], '留坝香菇'],
    ])('marks %s for %j', (name, terms, html) => {
      expect(text.highlight(name, terms)).toBe(html);
    });

    it('marks a name the same however often and with whatever terms it was marked before', () => {
      const local = new TextNormalizer();
      const name = '留坝香菇 干货 500g';
      const cases: [string[], string][] = [
        [['xianggu'], '留坝<em>香菇</em> 干货 500g'],
        [['香菇', 'lbxg'], '<em>留坝香菇</em> 干货 500g'],
        [['500g', 'gh'], '留坝香菇 <em>干货</em> <em>500g</em>'],
        [[], '留坝香菇 干货 500g'],
      ];
      for (let round = 0; round < 3; round++) {
        for (const [terms, html] of cases) expect(local.highlight(name, terms)).toBe(html);
      }
    });
  });

  describe('typedWords', () => {
    it.each([
      ['香菇', '香菇'],
      ['花菇', '花菇'],
      ['留坝 冬菇', '留坝 冬菇'],
      ['土蜂蜜 500g', '土蜂蜜 500g'],
      ['臘肉', '腊肉'],
      ['xiang gu', 'xiang gu'],
    ])('takes the synonyms queryText added out of %s', (typed, words) => {
      expect(text.typedWords(text.queryText(typed))).toBe(words);
    });
  });

  describe('synonyms', () => {
    it('expands words with their groups, each word once', () => {
      const set = new SynonymSet(DEFAULT_SYNONYMS);
      expect(set.expand(['香菇', '木耳'])).toEqual(['香菇', '木耳', '花菇', '冬菇', '黑木耳']);
      expect(set.expand(['火星'])).toEqual(['火星']);
    });

    it('merges groups that share a word', () => {
      const set = new SynonymSet([
        ['蜂蜜', '土蜂蜜'],
        ['蜂蜜', '百花蜜'],
      ]);
      expect(set.expand(['蜂蜜']).sort()).toEqual(['土蜂蜜', '百花蜜', '蜂蜜'].sort());
    });

    it('can be replaced at runtime, normalized, and teaches the segmenter new words', () => {
      const local = new TextNormalizer();
      expect(local.queryText('猴头菇')).not.toContain('猴头蘑');
      local.replaceSynonyms([['猴頭菇', '猴头蘑']]);
      expect(local.queryText('猴头菇').split(' ')).toEqual(expect.arrayContaining(['猴头蘑', '猴头菇']));
      expect(local.queryText('花菇')).not.toContain('香菇');
      expect(local.synonyms.groups).toEqual([['猴头菇', '猴头蘑']]);
    });

    it('forgets the query analysis it remembered when the table changes', () => {
      const local = new TextNormalizer();
      expect(local.queryText('花菇').split(' ')).toEqual(expect.arrayContaining(['香菇', '冬菇', '花菇']));
      expect(local.fallbackQueryText('佛坪花菇')).toContain('香菇');
      local.replaceSynonyms([['花菇', '白花菇']]);
      expect(local.queryText('花菇')).toBe('白花菇 花菇');
      expect(local.fallbackQueryText('佛坪花菇')).not.toContain('香菇');
      local.replaceSynonyms(DEFAULT_SYNONYMS);
      expect(local.queryText('花菇')).toBe('香菇 冬菇 花菇');
    });
  });
});
