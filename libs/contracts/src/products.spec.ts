import { ImageUrl } from './media';
import { RefundRequestCreate } from './orders';
import { ProductDraftRequest } from './products';

describe('ImageUrl', () => {
  it.each(['/media/uploads/0f8e2c1a-3b4d-4e5f-8a9b-0c1d2e3f4a5b.jpg', '/media/products/42.svg', '/media/u/broken_photo-2.webp'])(
    'takes the media path %s',
    (path) => {
      expect(ImageUrl.safeParse(path).success).toBe(true);
    },
  );

  it.each([
    '/media/../private/documents/licence.pdf',
    '/media/uploads/../../jwt-secret',
    '/media/..',
    '/media/uploads/..',
    '/media/./uploads/a.png',
    '/media/.hidden',
    '/media//etc/passwd',
    '/media/uploads/',
    '/media/%2e%2e/private/documents/a.pdf',
    '/media/%2E%2E%2Fprivate',
    '/media/..%2fprivate',
    '/media/uploads\\..\\..\\jwt-secret',
    '/media/uploads/a.png?x=1',
    '/media',
    '/private/documents/a.pdf',
    'https://evil.example/media/a.png',
    `/media/${'a'.repeat(201)}`,
  ])('refuses %s', (path) => {
    expect(ImageUrl.safeParse(path).success).toBe(false);
  });

  it('is the rule for the images of a product draft', () => {
    const draft = {
      name: '西乡绿茶',
      categoryCode: 'tea',
      originTown: '私渡镇',
      skus: [{ spec: '500g', unit: '袋', priceFen: 2990 }],
    };
    expect(ProductDraftRequest.safeParse({ ...draft, images: ['/media/uploads/a.png'] }).success).toBe(true);
    const result = ProductDraftRequest.safeParse({ ...draft, images: ['/media/uploads/../../jwt-secret'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['images', 0]);
  });
});

describe('refund photos', () => {
  it('follow the same media path rule as product images', () => {
    expect(RefundRequestCreate.safeParse({ reason: '破损严重', photos: ['/media/uploads/a.jpg'] }).success).toBe(true);
    for (const photo of ['/media/../private/documents/licence.pdf', '/media/uploads/..', '/media//a.jpg']) {
      expect(RefundRequestCreate.safeParse({ reason: '破损严重', photos: [photo] }).success).toBe(false);
    }
  });
});
