// Many question bodies on one page (the print page) would repeat every anchor (#key-points, #correction-1…)
// and every named section: these give one body's ids, and the in-page references to them, a prefix of their
// own, and turn its named sections into plain ones.

/** Attributes whose value is a space-separated list of ids. */
const ID_LISTS = ['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'data-copy-anchor'];
const idLists = new RegExp(`(\\s(?:${ID_LISTS.join('|')})=")([^"]*)"`, 'g');

/** Rewrites rendered HTML: id="x" → id="<prefix>x", href="#x" → href="#<prefix>x", and the same in ARIA references. */
export function prefixIds(html: string, prefix: string): string {
  return html
    .replace(idLists, (_, attribute: string, ids: string) => `${attribute}${ids.replace(/\S+/g, (id) => prefix + id)}"`)
    .replace(/(\shref="#)([^"]+)"/g, (_, attribute: string, id: string) => `${attribute}${prefix}${id}"`);
}

/** A question body's sections, named after their headings, are landmarks on its own page; fifty bodies on one
 * page would make hundreds of landmarks with the same few names, so there they stay plain sections. */
export function unnameSections(html: string): string {
  return html.replace(/<section([^>]*?) aria-labelledby="[^"]*"/g, '<section$1');
}
