/**
 * A drawing on screen as a standalone SVG file: its look written into it (each element's computed
 * colours, strokes and type as presentation attributes, so it needs no stylesheet), a <title> and
 * a <desc>, and nothing that could run or reach out — no script, no foreignObject, no event
 * handlers, no links but to its own parts — and valid XML whatever the couple typed.
 */

/** The properties that make a drawing look as it does on screen; copied as attributes. */
const LOOK = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'paint-order',
  'stroke-dashoffset',
  'visibility',
] as const;

/** Elements a static drawing is made of; anything else is left out of the file. */
const DRAWING = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'title',
  'desc',
  'defs',
  'marker',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'pattern',
  'use',
]);

/** Attributes kept as they are (geometry and structure); the look comes from LOOK. */
const KEEP = new Set([
  'id',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
  'd',
  'points',
  'transform',
  'viewBox',
  'preserveAspectRatio',
  'dx',
  'dy',
  'refX',
  'refY',
  'markerWidth',
  'markerHeight',
  'markerUnits',
  'orient',
  'offset',
  'stop-color',
  'marker-start',
  'marker-mid',
  'marker-end',
  'clip-path',
  'mask',
  'gradientUnits',
  'patternUnits',
  'href',
]);

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Characters XML 1.0 does not allow (controls, lone surrogates, U+FFFE/FFFF), removed. */
export function xmlSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

export interface SvgWords {
  readonly title: string;
  readonly description: string;
}

/**
 * @example
 * const text = standaloneSvg(loopSvgElement, { title: 'Protest Polka', description: 'The loop…' });
 */
export function standaloneSvg(source: SVGSVGElement, words: SvgWords): string {
  const copy = copyOf(source, null);
  const { width, height } = source.viewBox.baseVal;
  if (width > 0 && height > 0) {
    copy.setAttribute('width', String(Math.round(width)));
    copy.setAttribute('height', String(Math.round(height)));
  }
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = xmlSafe(words.title);
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.textContent = xmlSafe(words.description);
  copy.prepend(title, desc);
  copy.setAttribute('role', 'img');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

/**
 * The element and its drawing children, each with its look written in (where it differs from
 * what it inherits) and nothing else.
 */
function copyOf(source: Element, inherited: CSSStyleDeclaration | null): Element {
  const copy = document.createElementNS(SVG_NS, source.localName);
  for (const { name, value } of source.attributes) {
    if (!KEEP.has(name)) continue;
    // A link only to a part of this drawing (a marker, a gradient), never anywhere else.
    if ((name === 'href' || name.endsWith(':href')) && !value.startsWith('#')) continue;
    copy.setAttribute(name, xmlSafe(value));
  }
  const style = getComputedStyle(source);
  for (const property of LOOK) {
    const value = style.getPropertyValue(property).trim();
    // Opacity is not inherited: it is written wherever it is not the initial 1.
    const from = property === 'opacity' ? '1' : inherited?.getPropertyValue(property).trim();
    if (value === '' || value === from) continue;
    // A paint from elsewhere (url(…) that is not one of this drawing's own parts) is left out.
    if (/url\((?!["']?#)/.test(value)) continue;
    copy.setAttribute(property, value);
  }
  for (const child of source.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) copy.append(xmlSafe(child.textContent ?? ''));
    else if (child instanceof Element && DRAWING.has(child.localName)) {
      // What is hidden on screen is not part of the picture: nothing drawn (display: none), or
      // drawn fully transparent (the loop's moment before and its pulse, at rest between turns).
      const shown = getComputedStyle(child);
      if (shown.display === 'none' || Number(shown.opacity) === 0) continue;
      copy.append(copyOf(child, style));
    }
  }
  return copy;
}

/** A standalone SVG and the size it draws at: what Export SVG saves and Export PNG draws. */
export interface SvgPicture {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

/** A drawing on screen as a picture to export, at its viewBox's size. */
export function pictureOf(source: SVGSVGElement, words: SvgWords): SvgPicture {
  const { width, height } = source.viewBox.baseVal;
  return { text: standaloneSvg(source, words), width, height };
}
