import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { HighlightedName } from './highlighted-name';

// Props are passed as JS strings: JSX would decode entities in a quoted attribute itself. In the markup React
// writes, `&amp;` is a shown "&" and `&amp;amp;` would be a shown "&amp;".
describe('HighlightedName', () => {
  it('shows A&B <特级> "红" exactly as written, with the match marked', () => {
    const highlight = 'A&amp;B &lt;<em>特级</em>&gt; &quot;红&quot;';
    const html = renderToStaticMarkup(<HighlightedName name={'A&B <特级> "红"'} highlight={highlight} />);
    expect(html).toBe('<span>A&amp;B &lt;</span><mark>特级</mark><span>&gt; &quot;红&quot;</span>');
  });

  it('never turns a name into markup', () => {
    const highlight = '&lt;img src=x onerror=alert(1)&gt; <em>香菇</em>';
    const html = renderToStaticMarkup(<HighlightedName name={'<img src=x onerror=alert(1)> 香菇'} highlight={highlight} />);
    expect(html).toBe('<span>&lt;img src=x onerror=alert(1)&gt; </span><mark>香菇</mark>');
  });
});
