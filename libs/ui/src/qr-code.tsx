import { useEffect, useState } from 'react';

export interface QrCodeProps {
  /** What the code says: an absolute URL, so a phone's camera opens it. */
  value: string;
  /** Drawn this many CSS pixels square; an SVG, so it prints sharp at any size. */
  size: number;
  /** What a screen reader says instead of the picture. */
  label: string;
  className?: string;
}

/**
 * A QR code, drawn in the browser; its encoder loads with the first code shown rather than with the page, and the
 * box keeps its size meanwhile so nothing moves.
 */
export function QrCode({ value, size, label, className }: QrCodeProps) {
  const [svg, setSvg] = useState<{ value: string; markup: string } | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode')
      .then((qr) => qr.toString(value, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }))
      .then((markup) => current && setSvg({ value, markup }));
    return () => {
      current = false;
    };
  }, [value]);
  const box = { width: size, height: size, display: 'inline-block' };
  if (svg?.value !== value) return <span className={className} style={box} role="img" aria-label={label} aria-busy="true" />;
  return <img className={className} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.markup)}`} width={size} height={size} alt={label} />;
}
