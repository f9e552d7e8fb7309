/**
 * A laid-out statechart as a standalone SVG file: styles inline (one `<style>` of fixed rules, no
 * user text in it), a `<title>` and `<desc>`, every word escaped as XML text. It never writes a
 * script, a `foreignObject`, an event-handler attribute or a link, whatever the map says.
 */
import { BOX_FONT } from './boxText';
import { EDGE_LABEL_FONT } from './elkGraph';
import type { SceneBox, SceneEdge, StatechartScene } from './statechartScene';
import { xmlText } from './xmlText';

/**
 * The app's palette (`src/app/styles.css` :root), repeated here because an exported file cannot
 * read the page's CSS. Partner colours are Okabe–Ito blue and orange; partner 1 is also drawn
 * dashed, as on the loop, so colour never carries the difference alone.
 */
export const STATECHART_COLOURS = {
  paper: '#fbfaf7',
  surface: '#ffffff',
  ink: '#1d2126',
  inkMuted: '#4d5560',
  rule: '#767b84',
  partner0: '#0072b2',
  partner0Ink: '#005a8c',
  partner0Tint: '#eef4f9',
  partner1: '#b35900',
  partner1Ink: '#9a4d00',
  partner1Tint: '#fbf1e8',
  warm: '#b2182b',
  calm: '#5b6b7a',
  calmTint: '#eef0f2',
  reconnected: '#1b7837',
  reconnectedTint: '#e8f3ea',
  exit: '#2c2f36',
} as const;

const C = STATECHART_COLOURS;

/** Fixed rules only: kinds and partners are classes and data attributes, never user text. */
const STYLE = [
  `svg{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;font-size:${BOX_FONT.size}px}`,
  `.paper{fill:${C.paper}}`,
  `.box rect{fill:${C.surface};stroke:${C.rule};stroke-width:1.5}`,
  `.box text{fill:${C.ink}}`,
  `.box .heading{font-weight:600}`,
  `.box-loop>rect{fill:${C.paper};stroke:${C.ink};stroke-width:2}`,
  `.box-region>rect{fill:none;stroke-width:2}`,
  `.box[data-partner="0"] rect{stroke:${C.partner0}}`,
  `.box[data-partner="1"] rect{stroke:${C.partner1};stroke-dasharray:7 4}`,
  `.box-step[data-partner="0"]>rect{fill:${C.partner0Tint}}`,
  `.box-step[data-partner="1"]>rect{fill:${C.partner1Tint}}`,
  `.box[data-partner="0"] .heading{fill:${C.partner0Ink}}`,
  `.box[data-partner="1"] .heading{fill:${C.partner1Ink}}`,
  `.box-break>rect{fill:${C.calmTint};stroke:${C.calm};stroke-dasharray:3 3}`,
  `.box-repairing>rect,.box-repair>rect,.box-attempt>rect{fill:${C.reconnectedTint};stroke:${C.reconnected}}`,
  `.box-final>rect{stroke:${C.exit};stroke-width:4;paint-order:stroke}`,
  `.box-history circle{fill:${C.surface};stroke:${C.exit};stroke-width:1.5}`,
  `.box-initial circle{fill:${C.exit}}`,
  `.edge path{fill:none;stroke:${C.inkMuted};stroke-width:1.5}`,
  `.edge-crossing path{stroke:${C.warm};stroke-width:3}`,
  `.edge-repair path{stroke:${C.reconnected};stroke-width:2}`,
  `.edge-break path{stroke:${C.calm};stroke-dasharray:6 4}`,
  `.edge-return path{stroke:${C.calm};stroke-dasharray:2 3}`,
  `.edge-ending path{stroke:${C.exit};stroke-width:2}`,
  `.edge-label rect{fill:${C.paper};opacity:0.9}`,
  `.edge-label text{fill:${C.ink};font-size:${EDGE_LABEL_FONT.size}px}`,
  `.edge-crossing .edge-label text{font-weight:700}`,
].join('\n');

const n = (value: number) => String(Math.round(value * 10) / 10);

/** A sentence on what the chart shows, for `<desc>` and a view's description. */
export function statechartDescription(scene: StatechartScene): string {
  const [a, b] = scene.partners;
  return `${a} and ${b}’s cycle as a state machine: each partner’s steps in their own words, the crossings where one’s move sets off the other’s trigger, the ways out through a repair or a break (which returns to where the loop was), and the two endings, reconnected or disengaged.`;
}

/**
 * The standalone SVG of a laid-out statechart.
 *
 * @example
 * writeFileSync('chart.svg', statechartSvg(await layoutStatechart(map, { layout })));
 */
export function statechartSvg(scene: StatechartScene): string {
  const outer = scene.boxes.filter((box) => box.compound);
  const inner = scene.boxes.filter((box) => !box.compound);
  const w = n(scene.width);
  const h = n(scene.height);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-labelledby="statechart-title statechart-desc" data-direction="${scene.direction === 'DOWN' ? 'down' : 'right'}">`,
    `<title id="statechart-title">${xmlText(`The statechart of “${scene.title.replace(/\s+/g, ' ').trim()}”`)}</title>`,
    `<desc id="statechart-desc">${xmlText(statechartDescription(scene))}</desc>`,
    `<style>\n${STYLE}\n</style>`,
    '<defs>',
    `<marker id="statechart-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${C.ink}"/></marker>`,
    '</defs>',
    `<rect class="paper" width="${w}" height="${h}"/>`,
    ...outer.map(boxSvg),
    ...scene.edges.map(edgeSvg),
    ...inner.map(boxSvg),
    '</svg>',
    '',
  ].join('\n');
}

function boxSvg(box: SceneBox): string {
  const partner = box.partner === null ? '' : ` data-partner="${box.partner}"`;
  const open = `<g class="box box-${box.kind}" data-kind="${box.kind}"${partner} data-state="${xmlText(box.id)}"${box.truncated ? ' data-truncated="true"' : ''}>`;
  if (box.kind === 'initial') {
    const r = box.width / 2;
    return `${open}<circle cx="${n(box.x + r)}" cy="${n(box.y + r)}" r="${n(r)}"/></g>`;
  }
  if (box.kind === 'history') {
    const r = box.width / 2;
    const label = box.lines[0] ?? '';
    return `${open}<circle cx="${n(box.x + r)}" cy="${n(box.y + r)}" r="${n(r)}"/><text x="${n(box.x + r)}" y="${n(box.y + r + 4.5)}" text-anchor="middle" class="heading">${xmlText(label)}</text></g>`;
  }
  const rect = `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="${box.compound ? 10 : 6}"/>`;
  const x = n(box.x + BOX_FONT.padX);
  const lines = box.lines.map((line, i) => {
    const y = n(box.y + BOX_FONT.padY + BOX_FONT.size + i * BOX_FONT.line - 1);
    // The state's heading is its first line; a step's words follow it.
    const heading = i === 0 || (box.kind !== 'step' && box.compound);
    return `<text x="${x}" y="${y}"${heading ? ' class="heading"' : ''}>${xmlText(line)}</text>`;
  });
  return [open, rect, ...lines, '</g>'].join('\n');
}

function edgeSvg(edge: SceneEdge): string {
  const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)} ${n(p.y)}`).join('');
  const open = `<g class="edge edge-${edge.kind}" data-kind="${edge.kind}" data-source="${xmlText(edge.source)}" data-target="${xmlText(edge.target)}"${edge.event === null ? '' : ` data-event="${xmlText(edge.event)}"`}>`;
  const path = d === '' ? '' : `<path d="${d}" marker-end="url(#statechart-arrow)"/>`;
  const box = edge.labelBox;
  const label =
    box === null
      ? ''
      : `<g class="edge-label"><rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="3"/><text x="${n(box.x + EDGE_LABEL_FONT.padX)}" y="${n(box.y + box.height - 4)}">${xmlText(edge.label)}</text></g>`;
  return [open, path, label, '</g>'].filter((part) => part !== '').join('\n');
}
