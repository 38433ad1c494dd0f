/** The little XML an .lrmx is: one root of flat elements, one of which holds <Item> records. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_all, entity: string) => {
    if (/^#x/i.test(entity)) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity.toLowerCase()]!;
  });

export type XmlFields = Map<string, string>;

/** `<Tag>text</Tag>` and `<Tag/>` children of a block, by tag (text unescaped). */
export function childElements(block: string): XmlFields {
  const fields: XmlFields = new Map();
  const element = /<([A-Za-z_][\w.-]*)\s*(?:\/>|>([^<]*)<\/\1\s*>)/g;
  for (const match of block.matchAll(element)) fields.set(match[1]!, unescapeXml(match[2] ?? ''));
  return fields;
}

/** The inner text of the first `<tag>…</tag>` in `xml`, or undefined. */
export function innerBlock(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}\\s*>`).exec(xml);
  return match?.[1];
}

/** Every `<tag>…</tag>` block's inner text. */
export function innerBlocks(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}\\s*>`, 'g'))].map(
    (m) => m[1]!,
  );
}

/** The text of every comment, in order. */
export const commentsOf = (xml: string): string[] =>
  [...xml.matchAll(/<!--([\s\S]*?)-->/g)].map((m) => m[1]!);
