// On paper a link is only its text: before printing, give each link in the content its absolute URL for
// the print stylesheet to show after it. In-page links are left out.
export function initPrintLinks(): void {
  addEventListener('beforeprint', () => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href]:not([href^="#"])')) link.dataset.printHref = link.href;
  });
}
