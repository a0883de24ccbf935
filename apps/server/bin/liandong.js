#!/usr/bin/env node
// The `liandong` command: registers tsx so Node runs the TypeScript sources directly, then hands over to main.ts.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
