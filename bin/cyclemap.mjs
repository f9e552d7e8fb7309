#!/usr/bin/env node
// The `cyclemap` command (`npx cyclemap …`): runs the TypeScript CLI in src/cli through tsx's loader,
// so the command and `npm run cyclemap` run the very same code.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
