import { isoBase64URL, isoUint8Array } from '@simplewebauthn/server/helpers';

/** The WebAuthn user handle of an identity: its id (no name, email or phone), the same for all its passkeys. */
export const passkeyUserHandle = (identityId: string) => isoUint8Array.fromUTF8String(identityId);

/** Whether a sign-in's user handle (base64url, when the authenticator sent one) names this identity. */
export const handleNames = (userHandle: string | undefined, identityId: string) =>
  userHandle === undefined || userHandle === isoBase64URL.fromUTF8String(identityId);
