import { MAX_FILE_NAME_LENGTH, safeFileName } from './file-name';

const PDF = { contentType: 'application/pdf', extension: 'pdf' };
const JPEG = { contentType: 'image/jpeg', extension: 'jpg' };

describe('safeFileName', () => {
  it.each([
    ['营业执照.pdf', PDF, '营业执照.pdf'],
    ['Licence.PDF', PDF, 'Licence.pdf'],
    ['门头照片.jpeg', JPEG, '门头照片.jpeg'],
    ['x.html', PDF, 'x.html.pdf'],
    ['photo.png', JPEG, 'photo.png.jpg'],
    ['没有扩展名', PDF, '没有扩展名.pdf'],
  ])('keeps %s as %s only with the extension of its real type', (name, type, expected) => {
    expect(safeFileName(name, type)).toBe(expected);
  });

  it.each([
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['C:\\Users\\王芳\\Desktop\\许可证.pdf', '许可证.pdf'],
    ['..', 'upload.pdf'],
    ['.bashrc', 'bashrc.pdf'],
    ['', 'upload.pdf'],
    ['  \u0000\u0007 ', 'upload.pdf'],
    ['证书\r\nSet-Cookie: a=b.pdf', '证书Set-Cookie: a=b.pdf'],
    ['invoice\u202Etxt.exe.pdf', 'invoicetxt.exe.pdf'],
  ])('takes no folders, controls or direction marks from %j', (name, expected) => {
    expect(safeFileName(name, PDF)).toBe(expected);
  });

  it('bounds the length by characters, keeping the extension and whole emoji', () => {
    const long = safeFileName(`${'汉中'.repeat(80)}.pdf`, PDF);
    expect(Array.from(long)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(long.endsWith('.pdf')).toBe(true);
    const emoji = safeFileName(`${'😀'.repeat(120)}.pdf`, PDF);
    expect(emoji).toBe(`${'😀'.repeat(MAX_FILE_NAME_LENGTH - 4)}.pdf`);
  });
});
