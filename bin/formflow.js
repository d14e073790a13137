#!/usr/bin/env node
// The formflow CLI is TypeScript (engine/cli/main.ts); tsx compiles it on the fly, so there is
// no build step between editing the engine and running the command.
import { register } from 'tsx/esm/api';

register();
await import('../engine/cli/main.ts');
