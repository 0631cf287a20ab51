import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { encode } from 'uqr';
import { QrCode, qrPath } from './qr-code.js';

describe('the QR code', () => {
  it('draws exactly the dark modules of the code', () => {
    const code = encode('http://server:8080/t/k7m2p9q4r8st', { ecc: 'M', border: 4 });
    const drawn = code.data.map((row) => row.map(() => false));
    for (const [, x, y, width] of qrPath(code.data).matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      for (let column = Number(x); column < Number(x) + Number(width); column += 1) drawn[Number(y)]![column] = true;
    }
    expect(drawn).toEqual(code.data);
  });

  it('is an image with a name for screen readers, dark on white, sized only when asked', () => {
    const sized = renderToStaticMarkup(<QrCode value="ABCD1234" label="QR-kode til din booking" size={220} />);
    expect(sized).toContain('role="img"');
    expect(sized).toContain('aria-label="QR-kode til din booking"');
    expect(sized).toContain('width="220"');
    expect(sized).toContain('fill="#ffffff"');
    expect(sized).toContain('data-value="ABCD1234"');
    const styled = renderToStaticMarkup(<QrCode value="ABCD1234" label="QR" className="qr-large" />);
    expect(styled).toContain('class="qr-code qr-large"');
    expect(styled).not.toMatch(/<svg[^>]* width=/);
  });
});
