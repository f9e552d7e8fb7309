// Whatever a couple types — markup, quotes, script URLs, emoji, right-to-left words, 400
// characters, control characters — the exports stay what they claim to be: valid XML without
// anything that runs, Mermaid whose every line parses, JSON with the words unchanged.
import { describe, expect, it } from 'vitest';
import { LAYERS, machineConfig, mermaid, type CycleMap } from '../../../src/core';
import { model } from '../engine/models';
import { svgOf } from './layout';
import { readXml } from './xml';

const NASTY = [
  '<script>alert(1)</script>',
  ']]>',
  '" onload="x',
  "' onclick='y",
  'javascript:alert(1)',
  '👩‍❤️‍👨',
  'مرحبا שלום',
  'a\u0000b\u0008c\u000Bd\uFFFEe\uD800f',
  '--> %% # ; {} : x',
];
const nasty = (i: number) => NASTY.join(' ').slice(0, 200) + ` ${NASTY[i % NASTY.length]}`;
const LONG = `${NASTY.join(' ')} `.repeat(10).slice(0, 400);

function hostileMap(): CycleMap {
  const polka = model('protest-polka');
  const partner = (p: 0 | 1) => {
    const base = polka.partners[p];
    return {
      ...base,
      name: `${NASTY[p]} 👩‍❤️‍👨`,
      layers: Object.fromEntries(
        LAYERS.map((layer, i) => [layer, i === 1 ? LONG : nasty(i + p)]),
      ) as unknown as CycleMap['partners'][0]['layers'],
      extraSteps: [{ id: 'extra-step', text: LONG, after: 'move' }],
      repairs: [
        { kind: 'softReach' as const, words: nasty(3) },
        {
          kind: 'custom' as const,
          id: 'own-repair',
          label: nasty(4).slice(0, 60),
          actsLike: 'softReach' as const,
          words: LONG,
        },
      ],
    };
  };
  return {
    ...polka,
    title: nasty(0).slice(0, 120),
    notes: LONG,
    partners: [partner(0), partner(1)],
  };
}

describe('a map with hostile text in every field', () => {
  const map = hostileMap();

  it('exports an SVG that parses as XML and holds nothing that runs', async () => {
    const svg = await svgOf(map);
    const xml = readXml(svg);
    expect(xml.elements[0]?.name).toBe('svg');
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/foreignObject/i);
    expect(svg).not.toMatch(/\son[a-z]+\s*=/i);
    expect(svg).not.toMatch(/javascript:/i);
    const names = xml.elements.map((el) => el.name);
    expect(names).not.toContain('script');
    expect(names).not.toContain('foreignObject');
    expect(names).not.toContain('a');
    const attributes = xml.elements.flatMap((el) => Object.entries(el.attributes));
    expect(attributes.map(([name]) => name)).not.toContainEqual(expect.stringMatching(/^on/i));
    expect(attributes.map(([, value]) => value)).not.toContainEqual(
      expect.stringMatching(/javascript:/i),
    );
    expect(xml.textOf('title').join('')).toContain('<script>alert(1)</script>');
    expect(xml.textOf('desc').join('')).toMatch(/state machine/);
    // Emoji and right-to-left words are kept as text.
    const text = xml.textOf('text').join(' ');
    expect(text).toContain('👩‍❤️‍👨');
    expect(text).toContain('مرحبا');
    expect(text).toContain('שלום');
    // The 400-character words are cut, visibly.
    expect(svg).toContain('data-truncated="true"');
  });

  it('exports Mermaid whose every line parses', () => {
    const text = mermaid(map);
    const id = '[A-Za-z][A-Za-z0-9_]*';
    const described = '(?:[^"#%&:;<>{}\\n\\r]|#\\d+;)*';
    const grammar = [
      /^stateDiagram-v2$/,
      /^direction (LR|TB)$/,
      new RegExp(`^\\s*state "${described}" as ${id}$`),
      new RegExp(`^\\s*state ${id} \\{$`),
      /^\s*\}$/,
      new RegExp(`^\\s*(${id}|\\[\\*\\]) --> (${id}|\\[\\*\\])( : [A-Za-z]+( if [A-Za-z]+)?)?$`),
    ];
    const lines = text.trimEnd().split('\n');
    for (const line of lines) {
      expect(
        grammar.some((rule) => rule.test(line)),
        line,
      ).toBe(true);
    }
    expect(lines.filter((l) => l.includes('{')).length).toBe(
      lines.filter((l) => l.trim() === '}').length,
    );
    expect(text).toContain('#60;script#62;');
  });

  it('exports the config as JSON with the words unchanged', () => {
    const json = JSON.stringify(machineConfig(map), null, 2);
    const back = JSON.parse(json) as {
      description: string;
      states: {
        loop: { states: Record<string, { states: Record<string, { description: string }> }> };
      };
    };
    expect(back.description).toBe(map.title);
    const steps = back.states.loop.states.partner0!.states;
    expect(steps.trigger!.description).toBe(map.partners[0].layers.trigger);
    expect(steps.perception!.description).toBe(LONG);
    expect(steps['extra-step']!.description).toBe(LONG);
  });
});
