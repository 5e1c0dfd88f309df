// A local OpenID provider (oidc-provider) standing in for Google in browser tests.
// Log in with any name of the form "subject|email" (e.g. "g-1|demo.client@example.com"):
// the ID token then carries that subject and that email, verified.
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT ?? 4011);
// every Portico that may send a browser here (one per Playwright worker), separated by spaces
const appUrls = (process.env.APP_URLS ?? 'http://localhost:3100').split(' ');
const issuer = `http://localhost:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'portico-e2e',
      client_secret: 'portico-e2e-secret',
      redirect_uris: appUrls.map((url) => `${url}/api/auth/callback/google`),
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
