/** The Gottman–Murray reference couple (R package *dyad*'s sample), read from test/fixtures/gottman-murray. */
import { parseCoupleCsv, type BilinearFit, type CoupleWindow } from '../../../src/core/dynamics';
import { fixtureText } from '../fixtures';

export function sampleWindows(): readonly CoupleWindow[] {
  const parsed = parseCoupleCsv(fixtureText('gottman-murray/sample-couple.csv'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

export function bilinearReference(): BilinearFit & { readonly inf: string } {
  return JSON.parse(fixtureText('gottman-murray/sample-couple.bilinear.json')) as BilinearFit & {
    readonly inf: string;
  };
}

export interface RepairDampingReference {
  readonly r1: number;
  readonly a: number;
  readonly r2: number;
  readonly b: number;
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
