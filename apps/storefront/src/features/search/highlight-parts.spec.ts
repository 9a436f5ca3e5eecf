import { describe, expect, it } from '@jest/globals';
import { highlightParts } from './highlight-parts';

describe('highlightParts', () => {
  it('shows a name with & < > " and \' exactly as written, with the match marked', () => {
    const name = `A&B <特级> "红" 农家's`;
    const highlight = 'A&amp;B &lt;<em>特级</em>&gt; &quot;红&quot; 农家&#39;s';
    expect(highlightParts(name, highlight)).toEqual([
      { text: 'A&B <', match: false },
      { text: '特级', match: true },
      { text: `> "红" 农家's`, match: false },
    ]);
  });

  it('marks several matches, also at the start and the end', () => {
    expect(highlightParts('留坝香菇 干货', '<em>留坝香菇</em> <em>干货</em>')).toEqual([
      { text: '留坝香菇', match: true },
      { text: ' ', match: false },
      { text: '干货', match: true },
    ]);
  });

  it('keeps markup written in a name as text', () => {
    const name = '<em>假</em><img src=x onerror=alert(1)>';
    const highlight = '&lt;em&gt;<em>假</em>&lt;/em&gt;&lt;img src=x onerror=alert(1)&gt;';
    expect(highlightParts(name, highlight)).toEqual([
      { text: '<em>', match: false },
      { text: '假', match: true },
      { text: '</em><img src=x onerror=alert(1)>', match: false },
    ]);
  });

  it('unescapes once: an escaped entity in a name stays an entity', () => {
    expect(highlightParts('&amp; 香菇', '&amp;amp; <em>香菇</em>').map((p) => p.text)).toEqual(['&amp; ', '香菇']);
  });

  it('shows the plain name without a highlight, or with one that does not spell it', () => {
    expect(highlightParts('香菇', undefined)).toEqual([{ text: '香菇', match: false }]);
    expect(highlightParts('香菇', '<em>木耳</em>')).toEqual([{ text: '香菇', match: false }]);
    expect(highlightParts('A&B', 'A&amp;amp;B')).toEqual([{ text: 'A&B', match: false }]);
  });
});
