import { CATEGORIES } from '@bangfu/contracts';
import { generateCatalog } from './generate-catalog';
import { productImageFile, productImageSvg, productImageUrl } from './product-image';

describe('product image', () => {
  const tea = productImageSvg({ shortName: '汉中仙毫', spec: '明前特级 250g', categoryCode: 'tea' });

  it('shows the name and spec in a CJK font stack', () => {
    expect(tea.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(tea.endsWith('</svg>')).toBe(true);
    expect(tea).toContain('>汉中仙毫</text>');
    expect(tea).toContain('>明前特级 250g</text>');
    expect(tea).toContain('"Noto Sans CJK SC"');
  });

  it('needs nothing from the network', () => {
    const rest = tea.replace('xmlns="http://www.w3.org/2000/svg"', '');
    expect(rest).not.toMatch(/https?:|href|url\(|@import/);
  });

  it('gives every category its own colours and motif', () => {
    const pictures = CATEGORIES.map((c) => productImageSvg({ shortName: '样品', spec: '500g', categoryCode: c.code }));
    expect(new Set(pictures).size).toBe(CATEGORIES.length);
  });

  it('escapes markup in text', () => {
    const svg = productImageSvg({ shortName: '<b>&"', spec: "礼盒 'A'", categoryCode: 'honey' });
    expect(svg).toContain('>&#60;b&#62;&#38;&#34;</text>');
    expect(svg).toContain('>礼盒 &#39;A&#39;</text>');
  });

  it('stays under 3 KB for every demo product', () => {
    const sizes = generateCatalog().products.map((p) =>
      Buffer.byteLength(productImageSvg({ shortName: p.shortName, spec: p.skus[0].spec, categoryCode: p.categoryCode })),
    );
    expect(Math.max(...sizes)).toBeLessThan(3 * 1024);
  });

  it('is served from the media folder by product id', () => {
    expect(productImageUrl(42)).toBe('/media/products/42.svg');
    expect(productImageFile('/srv/data', 42)).toBe('/srv/data/media/products/42.svg');
  });
});
