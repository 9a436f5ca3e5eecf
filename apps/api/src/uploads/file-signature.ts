/** What a file really is, judged by its first bytes rather than by its name or declared type. */
export type SniffedType = { contentType: string; extension: string };

const SIGNATURES: { bytes: number[]; offset?: number; type: SniffedType; also?: { bytes: number[]; offset: number } }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], type: { contentType: 'image/png', extension: 'png' } },
  { bytes: [0xff, 0xd8, 0xff], type: { contentType: 'image/jpeg', extension: 'jpg' } },
  {
    bytes: [0x52, 0x49, 0x46, 0x46],
    also: { bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
    type: { contentType: 'image/webp', extension: 'webp' },
  },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], type: { contentType: 'application/pdf', extension: 'pdf' } },
];

const matches = (data: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => data[offset + i] === b);

export function sniffFileType(data: Buffer): SniffedType | null {
  const found = SIGNATURES.find((s) => matches(data, s.bytes, s.offset) && (!s.also || matches(data, s.also.bytes, s.also.offset)));
  return found?.type ?? null;
}
