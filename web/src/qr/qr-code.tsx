import { useMemo } from 'react';
import { encode } from 'uqr';

/** The dark modules of a QR code as one SVG path: a 1×1 square per module, runs in a row merged. */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  const commands: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      commands.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return commands.join('');
}

export type QrCodeProps = {
  value: string;
  /** What a screen reader says for it. */
  label: string;
  /** Width and height in CSS pixels; without it the stylesheet sizes it (the kiosk's). */
  size?: number;
  className?: string;
};

/**
 * A QR code drawn as SVG with `uqr` (no image to load, sharp at any size). Dark on white with a
 * quiet zone of four modules, as phone cameras and the kiosk's scanner need; error correction M,
 * so a smudge or glare on a screen does not stop it scanning. A booking's code holds the code
 * alone, not a URL: a scanner types it as keystrokes, and plain capitals and digits come out
 * right whatever keyboard layout the kiosk has.
 */
export function QrCode({ value, label, size, className }: QrCodeProps) {
  const { modules, path } = useMemo(() => {
    const code = encode(value, { ecc: 'M', border: 4 });
    return { modules: code.size, path: qrPath(code.data) };
  }, [value]);
  return (
    <svg
      className={className ? `qr-code ${className}` : 'qr-code'}
      role="img"
      aria-label={label}
      {...(size !== undefined && { width: size, height: size })}
      viewBox={`0 0 ${modules} ${modules}`}
      shapeRendering="crispEdges"
      data-testid="qr-code"
      data-value={value}
    >
      <rect width={modules} height={modules} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
