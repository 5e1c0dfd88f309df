// Imported by instrumentation.ts on the Node.js runtime only.
import { parseEnv } from './env-schema';

try {
  parseEnv(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
