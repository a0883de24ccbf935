/** Text that may go into HTML as it is: the five characters HTML gives meaning to are escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface PosterContent {
  title: string;
  subtitle: string;
  /** The QR code as SVG markup (drawn by qrcode.react on the page). */
  svg: string;
  link: string;
}

/** The HTML of a one-page recruitment poster: organization, a big QR code and the link under it. */
export function posterHtml({ title, subtitle, svg, link }: PosterContent): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:sans-serif;text-align:center;padding:48px 24px;color:#1f2937}
h1{font-size:32px;margin:0 0 8px}p{font-size:18px;margin:0 0 32px;color:#4b5563}
svg{width:320px;height:320px}code{display:block;margin-top:24px;font-size:14px;word-break:break-all}</style>
</head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(subtitle)}</p>${svg}<code>${escapeHtml(link)}</code></body></html>`;
}

/**
 * Opens the poster in a new window and the browser's print dialog, so a coordinator can put the code up at a
 * service station. Returns false when a pop-up blocker stopped the window.
 */
export function printPoster(content: PosterContent): boolean {
  const popup = window.open('', '_blank', 'width=720,height=900');
  if (!popup) return false;
  popup.document.write(posterHtml(content));
  popup.document.close();
  popup.focus();
  popup.print();
  return true;
}
