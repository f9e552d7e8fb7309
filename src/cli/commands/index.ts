/** Every `cyclemap` command, in the order help lists them. */
import type { Command } from '../command';
import { exportCommand } from './export';
import { fit } from './fit';
import { machine } from './machine';
import { simulate } from './simulate';
import { steady } from './steady';
import { validate } from './validate';
import { windows } from './windows';

export const COMMANDS: readonly Command[] = [
  validate,
  simulate,
  windows,
  steady,
  fit,
  machine,
  exportCommand,
];
