/** Every `cyclemap` command, in the order help lists them. */
import type { Command } from '../command';
import { validate } from './validate';

export const COMMANDS: readonly Command[] = [validate];
