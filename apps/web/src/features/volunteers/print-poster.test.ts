import { describe, expect, it } from 'vitest';
import { escapeHtml, posterHtml } from './print-poster.ts';

describe('posterHtml', () => {
  it('escapes the organization name and link, keeping the QR markup as it is', () => {
    const html = posterHtml({
      title: '<b>阳光</b> & "义工联"',
      subtitle: '扫码登记成为志愿者',
      svg: '<svg id="qr"></svg>',
      link: 'https://example.org/join/1?a=1&b=2',
    });
    expect(html).toContain('&#60;b&#62;阳光&#60;/b&#62; &#38; &#34;义工联&#34;');
    expect(html).not.toContain('<b>阳光</b>');
    expect(html).toContain('<svg id="qr"></svg>');
    expect(html).toContain('https://example.org/join/1?a=1&#38;b=2');
  });

  it('escapes single quotes too', () => {
    expect(escapeHtml("it's")).toBe('it&#39;s');
  });
});
