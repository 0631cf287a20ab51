import { useMemo } from 'react';
import { encode } from 'uqr';

/** The dark modules of a QR code as one SVG path: a 1×1 square per module, rows of them merged. */
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

/**
 * A QR code drawn as SVG with `uqr` (no image to load, sharp at any size). Dark on white with a
 * quiet zone of four modules, as phone cameras need; error correction M, so a smudge or glare
 * on the screen does not stop it scanning.
 */
export function QrCode({ value, label, className }: { value: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => {
    const code = encode(value, { ecc: 'M', border: 4 });
    return { size: code.size, path: qrPath(code.data) };
  }, [value]);
  return (
    <svg
      className={className ? `qr-code ${className}` : 'qr-code'}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid="qr-code"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
