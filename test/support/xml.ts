/** A small, strict XML reader for tests: elements, attributes and text; throws on malformed input. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };
const decode = (s: string) => s.replace(/&(lt|gt|amp|quot|apos);/g, (m) => ENTITIES[m]);

export function parseXml(src: string): XmlElement {
  if (!src.startsWith('<?xml ')) throw new Error('missing XML declaration');
  let i = src.indexOf('?>') + 2;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    if (lt < 0) {
      if (src.slice(i).trim()) throw new Error('text after the root element');
      break;
    }
    const text = src.slice(i, lt);
    if (text.trim()) {
      if (!stack.length) throw new Error(`text outside the root: ${text.trim()}`);
      stack[stack.length - 1].text += decode(text.trim());
    }
    if (src.startsWith('<!--', lt)) {
      i = src.indexOf('-->', lt) + 3;
      continue;
    }
    const gt = src.indexOf('>', lt);
    if (gt < 0) throw new Error('unterminated tag');
    const tag = src.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('/')) {
      const open = stack.pop();
      if (!open || open.name !== tag.slice(1).trim()) throw new Error(`mismatched </${tag.slice(1)}> (open: ${open?.name})`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const m = /^([\w:.-]+)([\s\S]*)$/.exec(body.trim());
    if (!m) throw new Error(`bad tag <${tag}>`);
    const attrs: Record<string, string> = {};
    const rest = m[2].trim();
    const attrRe = /([\w:.-]+)\s*=\s*"([^"]*)"/gy;
    let pos = 0;
    while (pos < rest.length) {
      attrRe.lastIndex = pos;
      const a = attrRe.exec(rest);
      if (!a) throw new Error(`bad attributes in <${m[1]}>: ${rest.slice(pos)}`);
      if (a[1] in attrs) throw new Error(`duplicate attribute ${a[1]}`);
      attrs[a[1]] = decode(a[2]);
      pos = attrRe.lastIndex;
      while (rest[pos] === ' ' || rest[pos] === '\n' || rest[pos] === '\t' || rest[pos] === '\r') pos++;
    }
    const el: XmlElement = { name: m[1], attrs, children: [], text: '' };
    if (stack.length) stack[stack.length - 1].children.push(el);
    else if (root) throw new Error('more than one root element');
    else root = el;
    if (!selfClosing) stack.push(el);
  }
  if (stack.length) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

export function descendants(el: XmlElement): XmlElement[] {
  return el.children.flatMap((c) => [c, ...descendants(c)]);
}
