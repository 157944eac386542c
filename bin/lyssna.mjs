#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so `lyssna inspect` always uses the same src/core as the extension.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
