/**
 * The statechart as Mermaid `stateDiagram-v2` text: each state with the map's own words as its
 * description, a composite state for the loop, each partner's region and the repair path, every
 * transition with its event (and guard), `[*]` for where each part starts and for the endings.
 * Whatever a user typed stays inside a quoted description, with Mermaid's entity codes for the
 * characters that could end it or start something else.
 */
import type { CycleMap } from '../document/types';
import { chartModel, type ChartBox, type ChartModel } from './chartModel';
import type { ChartDirection } from './elkGraph';
import { withoutNonXml } from './xmlText';

/** Characters that could close the quotes, start a comment, a note, a block or an arrow. */
const ENTITY: Readonly<Record<string, string>> = {
  '"': '#34;',
  '#': '#35;',
  '%': '#37;',
  '&': '#38;',
  ':': '#58;',
  ';': '#59;',
  '<': '#60;',
  '>': '#62;',
  '{': '#123;',
  '}': '#125;',
};

/** Runs of spaces, line breaks and other control characters: one space each. */
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const CONTROL_OR_SPACE = /[\s\u0000-\u001F\u007F-\u009F\u2028\u2029]+/gu;

/**
 * User text for a quoted Mermaid description: on one line, free of characters a document cannot
 * carry, with the specials as entity codes.
 *
 * @example
 * mermaidText('He says: "no" --> me'); // 'He says#58; #34;no#34; --#62; me'
 */
export function mermaidText(text: string): string {
  return withoutNonXml(text)
    .replace(CONTROL_OR_SPACE, ' ')
    .trim()
    .replace(/["#%&:;<>{}]/g, (c) => ENTITY[c] ?? '');
}

/** A Mermaid state id: letters, digits and `_` only (`loop_partner0_follows__her`). */
export function mermaidId(stateId: string): string {
  return stateId
    .replace(/^cyclemap\./, '')
    .split('.')
    .map((part) => part.replace(/-/g, '__'))
    .join('_');
}

function description(box: ChartBox): string {
  if (box.kind === 'history') return `${box.name} (where the loop was)`;
  if (box.words === null) return box.name;
  return box.words.trim() === '' ? box.name : `${box.name} — ${box.words}`;
}

/**
 * The `stateDiagram-v2` text of a map's statechart.
 *
 * @example
 * mermaid(map).split('\n')[0]; // 'stateDiagram-v2'
 */
export function mermaid(map: CycleMap, direction: ChartDirection = 'RIGHT'): string {
  return mermaidOf(chartModel(map), direction);
}

export function mermaidOf(model: ChartModel, direction: ChartDirection = 'RIGHT'): string {
  const states = model.boxes.filter((box) => box.kind !== 'initial');
  const lines = ['stateDiagram-v2', `direction ${direction === 'DOWN' ? 'TB' : 'LR'}`];
  const block = (parent: string | null, indent: string): void => {
    const children = states.filter((box) => box.parent === parent);
    const initial = parent === null ? model.initial : states.find((b) => b.id === parent)?.initial;
    for (const box of children) {
      lines.push(`${indent}state "${mermaidText(description(box))}" as ${mermaidId(box.id)}`);
    }
    if (initial !== null && initial !== undefined) {
      lines.push(`${indent}[*] --> ${mermaidId(initial)}`);
    }
    for (const box of children.filter((b) => b.compound)) {
      lines.push(`${indent}state ${mermaidId(box.id)} {`);
      block(box.id, `${indent}  `);
      lines.push(`${indent}}`);
    }
  };
  block(null, '');
  for (const edge of model.edges) {
    if (edge.kind === 'initial') continue;
    const label = `${edge.event ?? 'always'}${edge.guard === null ? '' : ` if ${edge.guard}`}`;
    lines.push(`${mermaidId(edge.source)} --> ${mermaidId(edge.target)} : ${label}`);
  }
  for (const box of states.filter((b) => b.kind === 'final')) {
    lines.push(`${mermaidId(box.id)} --> [*]`);
  }
  return `${lines.join('\n')}\n`;
}
