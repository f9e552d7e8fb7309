// "Export SVG" of the loop: a standalone file that is valid XML whatever the couple typed, with a
// title and a description, and nothing that could run or reach out.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CycleMap } from '../../src/core';
import { ExportPicture } from '../../src/app/export/ExportPicture';
import { pictureOf, standaloneSvg, xmlSafe } from '../../src/app/export/standaloneSvg';
import { loopReadingOf } from '../../src/studio';
import { DanceLoop } from '../../src/viz/loop/DanceLoop';
import { polkaAlone } from '../../stories/sampleDances';
import { sampleMap, samplePartner } from './sampleMap';

const HOSTILE = [
  '<script>alert(1)</script>',
  ']]> & <![CDATA[ x ]]>',
  '" onload="alert(1)',
  'javascript:alert(1)',
  '👩‍❤️‍👨 🫶',
  'أشعر بالوحدة — אני לבד',
  'control \u0001\u0008\u000B characters \uFFFF and a lone \uD800 surrogate',
  'x'.repeat(400),
];

function hostileMap(): CycleMap {
  const layers = (i: number) => ({
    trigger: HOSTILE[i % 8]!,
    perception: HOSTILE[(i + 1) % 8]!,
    reactiveEmotion: HOSTILE[(i + 2) % 8]!,
    move: HOSTILE[(i + 3) % 8]!,
    primaryEmotion: HOSTILE[(i + 4) % 8]!,
    attachmentFear: HOSTILE[(i + 5) % 8]!,
    longing: HOSTILE[(i + 6) % 8]!,
  });
  return sampleMap({
    title: HOSTILE[0]!,
    partners: [
      samplePartner({ name: '" onmouseover="x', layers: layers(0) }),
      samplePartner({ name: 'Jo <b>', position: 'withdrawer', layers: layers(3) }),
    ],
  });
}

/** The loop drawn for a map, at its first moment. */
function loopOf(map: CycleMap): SVGSVGElement {
  render(
    <DanceLoop
      map={map}
      reading={loopReadingOf(polkaAlone.snapshots[0]!)}
      turnDurationMs={0}
      reducedMotion
    />,
  );
  return document.querySelector<SVGSVGElement>('svg.dance-loop-svg')!;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the loop as a standalone SVG', () => {
  it('is valid XML with a title and description, and nothing that could run, whatever was typed', () => {
    const map = hostileMap();
    const text = standaloneSvg(loopOf(map), {
      title: `${map.title}: the loop`,
      description: HOSTILE.join(' '),
    });
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    const svg = parsed.documentElement;
    expect(svg.localName).toBe('svg');
    expect(svg.querySelector(':scope > title')?.textContent).toBe(
      '<script>alert(1)</script>: the loop',
    );
    expect(svg.querySelector(':scope > desc')?.textContent).toContain('javascript:alert(1)');
    expect(svg.querySelectorAll('script, foreignObject, a, iframe, image')).toHaveLength(0);
    for (const element of svg.querySelectorAll('*'))
      for (const { name, value } of element.attributes) {
        expect(name).not.toMatch(/^on/i);
        expect(value).not.toMatch(/javascript:/i);
      }
    // The couple's words are there, as text: the emoji, both scripts, the long layer.
    expect(svg.textContent).toContain('👩‍❤️‍👨');
    expect(svg.textContent).toContain('אני לבד');
    for (const bad of ['\u0001', '\u0008', '\u000B', '\uFFFF']) expect(text).not.toContain(bad);
  });

  it('leaves out what is hidden on screen: not drawn, or drawn fully transparent', () => {
    const source = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    source.setAttribute('viewBox', '0 0 100 50');
    source.innerHTML =
      '<g><text x="1" y="10">shown now</text></g>' +
      '<g style="opacity: 0"><text x="1" y="20">the moment before, at rest</text></g>' +
      '<g style="display: none"><text x="1" y="30">not drawn</text></g>' +
      '<g style="opacity: 0.4"><text x="1" y="40">fading in</text></g>';
    document.body.append(source);
    const text = standaloneSvg(source, { title: 'A loop', description: 'Test.' });
    source.remove();
    expect(text).toContain('shown now');
    expect(text).toContain('fading in');
    expect(text).not.toContain('the moment before, at rest');
    expect(text).not.toContain('not drawn');
  });

  it('removes the characters XML cannot hold, and keeps the rest', () => {
    expect(xmlSafe('a\u0000b\u0007c\td\ne\uD83D\uDE00f\uDC00')).toBe('abc\td\ne😀f');
  });

  it('Export SVG downloads the loop as a file named for the map', async () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:loop');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const svg = loopOf(sampleMap());
    render(
      <ExportPicture
        what="the loop"
        fileName="alex-and-jo-loop"
        picture={() => pictureOf(svg, { title: 'Alex and Jo: the loop', description: 'The loop.' })}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export SVG of the loop' }));
    const blob = created.mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('image/svg+xml');
    expect(await blob.text()).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
  });
});
