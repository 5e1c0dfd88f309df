import 'server-only';
import { readAuthCookie } from './cookie-jar';
import { seal, unseal } from './sealed';

// After /login, the proof that this browser knows the identity's password, for 10
// minutes: enough to choose a portal or switch between the person's portals.
export const PLATFORM_COOKIE = 'portico.platform';
const SALT = 'portico.platform-proof';

export const sealPlatformProof = (identityId: string) => seal({ sub: identityId }, SALT, 600);

export async function readPlatformProof() {
  return (await unseal<{ sub?: string }>(await readAuthCookie(PLATFORM_COOKIE), SALT))?.sub ?? null;
}
