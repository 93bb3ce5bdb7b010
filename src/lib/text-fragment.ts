// Links to a passage with a text fragment (#source-b:~:text=…; WICG "URL Fragment Text Directives").

export interface TextFragment {
  textStart: string;
  textEnd?: string;
  prefix?: string;
  suffix?: string;
}

/** "-", "," and "&" separate the parts of a directive, so inside a part they must be percent-encoded. */
function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** `text=[prefix-,]textStart[,textEnd][,-suffix]` */
export function textDirective({ textStart, textEnd, prefix, suffix }: TextFragment): string {
  const parts = [prefix ? `${encodePart(prefix)}-` : '', encodePart(textStart), textEnd ? encodePart(textEnd) : '', suffix ? `-${encodePart(suffix)}` : ''];
  return `text=${parts.filter(Boolean).join(',')}`;
}

/** The page's URL with the anchor of the element that holds the passage: browsers without text fragments still land there. */
export function passageUrl(pageUrl: string, anchor: string, fragment: TextFragment): string {
  return `${pageUrl}#${anchor}:~:${textDirective(fragment)}`;
}
