import { z } from 'zod';

/** What the person calls a passkey ("iPhone", "Laptop"); messages are keys of passkeys.errors. */
export const ZPasskeyName = z.string().trim().min(1, { message: 'nameRequired' }).max(60, { message: 'nameTooLong' });

const base64url = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[\w-]*$/);

/**
 * The browser's answer to a ceremony, before @simplewebauthn/server reads it: only its outline and
 * sizes are checked here (a response from a stranger never reaches the parser at any size).
 */
const ZCredentialOutline = {
  id: base64url(1400).min(1),
  rawId: base64url(1400).min(1),
  type: z.literal('public-key'),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
};

const ZRegistrationResponse = z.object({
  ...ZCredentialOutline,
  response: z.object({
    clientDataJSON: base64url(4000),
    attestationObject: base64url(16000),
    transports: z.array(z.string().max(20)).max(10).optional(),
  }),
});

export const ZAuthenticationResponse = z.object({
  ...ZCredentialOutline,
  response: z.object({
    clientDataJSON: base64url(4000),
    authenticatorData: base64url(4000),
    signature: base64url(1000),
    userHandle: base64url(200).optional(),
  }),
});

export const ZAddPasskey = z.object({ name: ZPasskeyName, response: ZRegistrationResponse });
