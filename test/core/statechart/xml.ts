/**
 * A strict XML 1.0 reading of an exported SVG with saxes (the parser jsdom itself uses for XML):
 * any well-formedness error throws; otherwise every element with its attributes, and the text.
 */
import { SaxesParser } from 'saxes';

export interface XmlReading {
  readonly elements: readonly {
    readonly name: string;
    readonly attributes: Record<string, string>;
  }[];
  /** The text inside each element, by element name (`title`, `desc`, `text`). */
  readonly textOf: (name: string) => string[];
}

export function readXml(xml: string): XmlReading {
  const parser = new SaxesParser({ xmlns: false });
  const elements: { name: string; attributes: Record<string, string> }[] = [];
  const texts: { name: string; text: string }[] = [];
  const open: string[] = [];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    elements.push({
      name: tag.name,
      attributes: { ...(tag.attributes as Record<string, string>) },
    });
    open.push(tag.name);
  });
  parser.on('closetag', () => {
    open.pop();
  });
  parser.on('text', (text) => {
    texts.push({ name: open.at(-1) ?? '', text });
  });
  parser.write(xml).close();
  return {
    elements,
    textOf: (name) => texts.filter((t) => t.name === name).map((t) => t.text),
  };
}
