// For terminal scripts that run server code (npm run jobs): `server-only` guards modules
// from client bundles and throws when imported outside React Server Components. Node has
// no such bundles, so it resolves to an empty module here — without the react-server
// condition, which would also change how React and next-intl load.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === 'server-only') return { url: 'data:text/javascript,', shortCircuit: true };
        return next(specifier, context);
      }`,
    ),
);
