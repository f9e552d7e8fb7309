/** Entry point of the `cyclemap` command (run with `npm run cyclemap -- <command>`). */
import { processIo } from './io';
import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2), processIo);
