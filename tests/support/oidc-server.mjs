// A local OpenID provider (oidc-provider) standing in for Google in browser tests.
// Log in with any name of the form "subject|email" (e.g. "g-1|demo.client@example.com"):
// the ID token then carries that subject and that email, verified.
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT ?? 4011);
const appUrl = process.env.APP_URL ?? 'http://localhost:3100';
const issuer = `http://localhost:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'portico-e2e',
      client_secret: 'portico-e2e-secret',
      redirect_uris: [`${appUrl}/api/auth/callback/google`],
    },
  ],
  async findAccount(_ctx, id) {
    const [, email = ''] = id.split('|');
    return { accountId: id, claims: async () => ({ sub: id, email, email_verified: true, name: email }) };
  },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['portico-e2e-oidc-cookie-key'] },
});
provider.proxy = false;
provider.listen(port, () => console.log(`oidc-provider listening on ${issuer}`));
