import { z } from 'zod';

// Imported first by the in-page bench, before any schema is built: zod decides at construction.
// The extension's CSP forbids eval, so zod interprets its schemas there; code sent over DevTools
// passes zod's probe for eval yet not the real compile, so the bench says it outright.
z.config({ jitless: true });
