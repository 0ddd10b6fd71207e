import { z } from 'zod';

/**
 * zod as the scenario schemas use it: jitless, so it never builds a parser with `new Function`.
 * The built page's Content-Security-Policy forbids eval, and zod's mere probe for it would be
 * reported as a violation. Set here, before any schema is made, since schemas read it then.
 * package.json lists this file under "sideEffects": the bundler would otherwise see only a
 * re-export of zod and drop the call.
 */
z.config({ jitless: true });

export { z };
