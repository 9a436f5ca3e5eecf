import type { CategoryCode } from '@bangfu/contracts';
import { join } from 'node:path';

export interface ProductImageInput {
  shortName: string;
  spec: string;
  categoryCode: CategoryCode;
}

interface Palette {
  background: string;
  accent: string;
  ink: string;
}

const PALETTES: Readonly<Record<CategoryCode, Palette>> = {
  tea: { background: '#e8f3e4', accent: '#3f8f4e', ink: '#1f4d2a' },
  fungi: { background: '#f4ebe1', accent: '#8a5a3c', ink: '#4a2f1e' },
  herbs: { background: '#f1ede0', accent: '#9a7b4f', ink: '#4d3b22' },
  meat: { background: '#f8e6e2', accent: '#b0413e', ink: '#5c1f1d' },
  fruit: { background: '#fff0dc', accent: '#ee8a1f', ink: '#7a3e05' },
  grain_oil: { background: '#fbf3d6', accent: '#c99a1c', ink: '#5e4708' },
  konjac: { background: '#e9edf1', accent: '#6f7f8f', ink: '#2f3a45' },
  nuts: { background: '#f2e9dc', accent: '#8b6b3e', ink: '#4a371c' },
  honey: { background: '#fff5cf', accent: '#e0a000', ink: '#6b4a00' },
  vegetables: { background: '#e6f4df', accent: '#d23b2a', ink: '#2d5a1e' },
};

const LEAF_GREEN = '#4f9a3c';

/** Simple pictures drawn around (0, 0) within ±100, in the category's accent colour. */
const MOTIFS: Readonly<Record<CategoryCode, (accent: string) => string>> = {
  tea: (a) =>
    `<g transform="rotate(-30)"><path d="M0 95C-75 45-75-50 0-100C75-50 75 45 0 95Z" fill="${a}"/>` +
    `<path d="M0 90V-85M0 30L-32 0M0-15L32-45" stroke="#fff" stroke-width="6" fill="none" stroke-linecap="round"/></g>`,
  fungi: (a) =>
    `<rect x="-28" y="-5" width="56" height="95" rx="22" fill="#f3e2c7"/><path d="M-100 10C-100-80 100-80 100 10Z" fill="${a}"/>` +
    `<circle cx="-45" cy="-25" r="12" fill="#fff" opacity=".7"/><circle cx="20" cy="-45" r="9" fill="#fff" opacity=".7"/><circle cx="50" cy="-10" r="7" fill="#fff" opacity=".7"/>`,
  herbs: (a) =>
    `<ellipse cy="35" rx="90" ry="50" fill="${a}"/><path d="M-70 20H70M-80 45H80" stroke="#fff" stroke-width="5" opacity=".6"/>` +
    `<path d="M0-15V-95" stroke="${LEAF_GREEN}" stroke-width="6"/><ellipse cx="-22" cy="-70" rx="22" ry="9" fill="${LEAF_GREEN}" transform="rotate(-30 -22 -70)"/>` +
    `<ellipse cx="22" cy="-45" rx="22" ry="9" fill="${LEAF_GREEN}" transform="rotate(30 22 -45)"/>`,
  meat: (a) =>
    `<path d="M0-95V-55" stroke="#6b4a2b" stroke-width="5"/><rect x="-95" y="-55" width="190" height="140" rx="26" fill="${a}"/>` +
    `<path d="M-95-10H95M-95 40H95" stroke="#f6e3c9" stroke-width="16"/>`,
  fruit: (a) =>
    `<circle cy="15" r="85" fill="${a}"/><circle cx="-30" cy="-15" r="18" fill="#fff" opacity=".35"/>` +
    `<path d="M0-70C15-105 55-110 75-95C50-75 25-68 0-70Z" fill="${LEAF_GREEN}"/>`,
  grain_oil: (a) =>
    `<path d="M0 100V-70" stroke="${a}" stroke-width="6"/>` +
    [-60, -25, 10, 45]
      .map((y) => `<ellipse cx="-20" cy="${y}" rx="22" ry="11" fill="${a}" transform="rotate(-35 -20 ${y})"/><ellipse cx="20" cy="${y - 15}" rx="22" ry="11" fill="${a}" transform="rotate(35 20 ${y - 15})"/>`)
      .join('') +
    `<ellipse cy="-90" rx="10" ry="20" fill="${a}"/>`,
  konjac: (a) =>
    `<path d="M-80-30L0-75L80-30L0 15Z" fill="#c3ccd5"/><path d="M-80-30V55L0 100V15Z" fill="${a}"/><path d="M80-30V55L0 100V15Z" fill="#8d9aa7"/>` +
    `<circle cx="-40" cy="30" r="4" fill="#fff"/><circle cx="-25" cy="55" r="4" fill="#fff"/><circle cx="40" cy="40" r="4" fill="#fff"/>`,
  nuts: (a) =>
    `<ellipse rx="80" ry="92" fill="${a}"/><path d="M0-92V92" stroke="#5a4426" stroke-width="6"/>` +
    `<path d="M-55-40Q-35-55-20-35T15-30T50-45M-60 20Q-40 5-25 25T10 30T55 15" stroke="#fff" stroke-width="5" fill="none" opacity=".5"/>`,
  honey: (a) =>
    [
      [-45, -26],
      [45, -26],
      [0, 52],
    ]
      .map(([x, y]) => `<path d="M${x - 45} ${y}L${x - 22} ${y - 39}H${x + 22}L${x + 45} ${y}L${x + 22} ${y + 39}H${x - 22}Z" fill="${a}" stroke="#fff" stroke-width="6"/>`)
      .join(''),
  vegetables: (a) =>
    `<path d="M-55-55C-10-45 45-5 70 85C10 45-55 5-75-30Z" fill="${a}"/>` +
    `<path d="M-65-45C-75-70-60-90-40-95" stroke="${LEAF_GREEN}" stroke-width="10" fill="none" stroke-linecap="round"/>`,
};

const FONTS = `"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif`;
const SIZE = 480;

/** A small self-contained SVG label for a product: category colour and motif, its name and first spec. */
export function productImageSvg({ shortName, spec, categoryCode }: ProductImageInput): string {
  const { background, accent, ink } = PALETTES[categoryCode];
  const nameSize = fittingFontSize(shortName, 64);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-label="${escapeXml(shortName)}">` +
    `<style>text{font-family:${FONTS};text-anchor:middle}</style>` +
    `<rect width="${SIZE}" height="${SIZE}" fill="${background}"/>` +
    `<circle cx="240" cy="185" r="130" fill="#fff" opacity=".6"/>` +
    `<g transform="translate(240 185)">${MOTIFS[categoryCode](accent)}</g>` +
    `<rect x="20" y="20" width="120" height="38" rx="19" fill="${accent}"/><text x="80" y="46" font-size="20" fill="#fff">消费帮扶</text>` +
    `<text x="240" y="380" font-size="${nameSize}" font-weight="700" fill="${ink}">${escapeXml(shortName)}</text>` +
    `<text x="240" y="430" font-size="${fittingFontSize(spec, 26)}" fill="${ink}" opacity=".8">${escapeXml(spec)}</text>` +
    `</svg>`
  );
}

export const productImageUrl = (productId: number) => `/media/products/${productId}.svg`;

/** Where the pictures behind productImageUrl live; the app serves <dataDir>/media at /media. */
export const productImageDir = (dataDir: string) => join(dataDir, 'media', 'products');
export const productImageFile = (dataDir: string, productId: number) => join(productImageDir(dataDir), `${productId}.svg`);

/** Largest size up to max at which the text fits the picture's width; Latin glyphs are about half as wide as CJK ones. */
function fittingFontSize(text: string, max: number): number {
  const ems = [...text].reduce((sum, c) => sum + (c.charCodeAt(0) >= 0x2e80 ? 1 : 0.55), 0);
  return Math.min(max, Math.floor((SIZE - 60) / Math.max(1, ems)));
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
