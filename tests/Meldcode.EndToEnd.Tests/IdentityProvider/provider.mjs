// A real OpenID Connect provider for Meldcode's end-to-end tests: the npm package oidc-provider 8.x with its
// development login screen (any login name and password sign in; the login name becomes the subject).
// Started by the xunit fixture (Support/IdentityProviderProcess.cs) on 127.0.0.1, over plain http: it is a
// test double that never leaves this machine. Configuration comes from the environment:
//   PORT           the port to listen on (127.0.0.1 only)
//   APP_URL        Meldcode's address as the browser sees it, e.g. http://localhost:5123
//   CLIENT_ID      Meldcode's client id here
//   CLIENT_SECRET  its secret
//   TOKEN_ENDPOINT_AUTH_METHOD  how the client shows the secret at the token endpoint: client_secret_post (default)
//                  or client_secret_basic; the other one is refused
//   SIGNING_ALG    RS256 (default) or ES256: the only kind of signing key in the JWKS, and the ID tokens' algorithm
//   ROLE_CLAIM     the ID token claim that carries a person's roles (default roles), in the profile scope
// It prints "listening on <issuer>" once it accepts connections.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';

const required = (name) => {
  const value = process.env[name];
  if (!value) {
    console.error(`provider.mjs: the environment variable ${name} is not set`);
    process.exit(2);
  }
  return value;
};

const port = Number(required('PORT'));
const appUrl = required('APP_URL').replace(/\/$/, '');
const issuer = `http://127.0.0.1:${port}`;

// People the tests sign in as; anyone else is known by their login name.
const names = {
  ilse: 'Ilse de Wit',
  frank: 'Frank Bos',
  karin: 'Karin Smit',
  lotte: 'Lotte Jansen',
};

const tokenEndpointAuthMethod = process.env.TOKEN_ENDPOINT_AUTH_METHOD || 'client_secret_post';
const signingAlgorithm = process.env.SIGNING_ALG || 'RS256';
const roleClaim = process.env.ROLE_CLAIM || 'roles';
if (!['client_secret_post', 'client_secret_basic'].includes(tokenEndpointAuthMethod) || !['RS256', 'ES256'].includes(signingAlgorithm)) {
  console.error('provider.mjs: TOKEN_ENDPOINT_AUTH_METHOD or SIGNING_ALG has a value it does not know');
  process.exit(2);
}

// The roles people hold at the organisation; everyone else holds none.
const roles = {
  karin: ['meldcode-beheer'],
};

// A fresh signing key for every run, of the one kind this provider signs with.
const { privateKey } = signingAlgorithm === 'ES256'
  ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
  : generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: `e2e-${signingAlgorithm.toLowerCase()}`, alg: signingAlgorithm, use: 'sig' };

const page = (title, body) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;

const configuration = {
  clients: [{
    client_id: required('CLIENT_ID'),
    client_secret: required('CLIENT_SECRET'),
    redirect_uris: [`${appUrl}/signin-oidc`],
    post_logout_redirect_uris: [`${appUrl}/signout-callback-oidc`],
    response_types: ['code'],
    grant_types: ['authorization_code'],
    token_endpoint_auth_method: tokenEndpointAuthMethod,
    id_token_signed_response_alg: signingAlgorithm,
  }],
  jwks: { keys: [signingKey] },
  pkce: { methods: ['S256'], required: () => true },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: {
      enabled: true,
      logoutSource: async (ctx, form) => {
        ctx.body = page('Sign out', `${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign me out</button>`);
      },
      postLogoutSuccessSource: async (ctx) => {
        ctx.body = page('Signed out', '<p>You are signed out.</p>');
      },
    },
  },
  scopes: ['openid', 'profile', 'email'],
  claims: { openid: ['sub'], profile: ['name', roleClaim], email: ['email', 'email_verified'] },
  // Meldcode reads name and e-mail from the ID token, not from the userinfo endpoint.
  conformIdTokenClaims: false,
  findAccount: async (ctx, id) => ({
    accountId: id,
    claims: async () => ({
      sub: id, name: names[id] ?? id, email: `${id}@kindcentrum.test`, email_verified: true, [roleClaim]: roles[id] ?? [],
    }),
  }),
  // Meldcode is the organisation's own application: no consent screen, as with a first-party client.
  loadExistingGrant: async (ctx) => {
    const existing = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (existing) {
      return ctx.oidc.provider.Grant.find(existing);
    }
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile email');
    await grant.save();
    return grant;
  },
  // Plain http on this machine: cookies must not ask for SameSite=None (browsers want Secure with it).
  cookies: {
    keys: [randomBytes(32).toString('hex')],
    long: { signed: true, httpOnly: true, sameSite: 'lax' },
    short: { signed: true, httpOnly: true, sameSite: 'lax' },
  },
  ttl: {
    AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600,
  },
};

const provider = new Provider(issuer, configuration);
provider.listen(port, '127.0.0.1', () => {
  console.log(`listening on ${issuer}`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => process.exit(0));
}
