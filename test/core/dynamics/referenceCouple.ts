/** The Gottman–Murray reference couple (R package *dyad*'s sample), read from test/fixtures/gottman-murray. */
import { parseCoupleCsv, type CoupleWindow } from '../../../src/core/dynamics';
import { fixtureText } from '../fixtures';

export function sampleWindows(): readonly CoupleWindow[] {
  const parsed = parseCoupleCsv(fixtureText('gottman-murray/sample-couple.csv'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** `origmodel(couple, "bilin")`, as *dyad* 1.0 printed it. */
export interface BilinearReference {
  readonly r1: number;
  readonly a: number;
  readonly natw: number;
  readonly wmin: number;
  readonly wmax: number;
  readonly r2: number;
  readonly b: number;
  readonly nath: number;
  readonly hmin: number;
  readonly hmax: number;
  readonly rw: number;
  readonly lw: number;
  readonly rh: number;
  readonly lh: number;
  readonly hsetpoints: readonly (number | null)[];
  readonly wsetpoints: readonly (number | null)[];
  readonly inf: 'bilin';
}

export function bilinearReference(): BilinearReference {
  return JSON.parse(fixtureText('gottman-murray/sample-couple.bilinear.json')) as BilinearReference;
}

/** `origmodel(couple, "rd")`: the same uninfluenced figures, and repair and damping in dyad's signs. */
export interface RepairDampingReference {
  readonly r1: number;
  readonly a: number;
  readonly natw: number;
  readonly r2: number;
  readonly b: number;
  readonly nath: number;
  readonly krw: number;
  readonly crh: number;
  readonly krh: number;
  readonly crw: number;
  readonly kdw: number;
  readonly cdh: number;
  readonly kdh: number;
  readonly cdw: number;
}

export function repairDampingReference(): RepairDampingReference {
  return JSON.parse(
    fixtureText('gottman-murray/sample-couple.repair-damping.json'),
  ) as RepairDampingReference;
}
