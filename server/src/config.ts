/**
 * How the server runs, read from the environment and checked before anything
 * starts. Production is the default: the demo (its sign-in without a
 * password, the /dev pages, the simulated payment provider) runs only when
 * asked for (`FP_DEMO=1`, or `demo: true` from `npm start` and the tests).
 */

export interface Config {
  /** The demo sign-in, `/dev` and the simulated provider `/pay`. */
  demo: boolean;
  /** Signs CSRF tokens, form tokens and the simulated provider's answers; required in production. */
  secret: string | undefined;
  /** The origin parents reach the server at (`https://portail.commune.be`); required in production. */
  publicUrl: string | undefined;
  /** Further origins a payment may return to (the commune's CMS pages that embed the elements). */
  allowedReturnOrigins: string[];
  /** A TLS-terminating proxy in front: its `X-Forwarded-Proto` is believed. */
  trustProxy: boolean;
  /** The header in which the commune's proxy passes the signed-in account. */
  trustedUserHeader: string | undefined;
  /**
   * The commune's payment provider: where a payment starts (`url`, with
   * `{paymentId}`) and the key its signed answers are checked with. Absent in
   * production: no online payment (the demo has its simulated provider).
   */
  paymentProvider: PaymentProvider | undefined;
  /** PostgreSQL; absent: PGlite. */
  databaseUrl: string | undefined;
  port: number;
  host: string;
}

export interface PaymentProvider {
  /** `https://psp.example/pay?ref={paymentId}`: the payment's id replaces `{paymentId}`. */
  url: string;
  /** Shared with the provider: HMAC-SHA256 of `payment:<id>:<status>`, base64url (see payments.ts). */
  secret: string;
}

/** What a caller may set instead of the environment (`npm start`, the tests); `databaseUrl: null` is PGlite. */
export interface ConfigOptions {
  demo?: boolean | undefined;
  secret?: string | undefined;
  publicUrl?: string | undefined;
  allowedReturnOrigins?: string[] | undefined;
  trustProxy?: boolean | undefined;
  trustedUserHeader?: string | undefined;
  paymentProvider?: PaymentProvider | undefined;
  databaseUrl?: string | null | undefined;
  port?: number | undefined;
  host?: string | undefined;
}

/** The configuration cannot run: every problem found, one a line. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`family-portal: cannot start:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

const minSecretLength = 32;
const yes = (value: string | undefined) => /^(?:1|true|yes|on)$/i.test(value?.trim() ?? '');
const given = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** `value` as an origin (`https://host[:port]`), or a sentence saying why not. */
function originOf(name: string, value: string): { origin: string } | { problem: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: `${name} is not a URL: ${JSON.stringify(value)}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { problem: `${name} must be an http(s) URL: ${JSON.stringify(value)}` };
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username)
    return { problem: `${name} must be an origin only (scheme, host, port), not ${JSON.stringify(value)}` };
  return { origin: url.origin };
}

const local = (origin: string) => /^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?$/.test(origin);

/**
 * The configuration from `env`, with `options` taking precedence. Throws a
 * ConfigError naming every problem: production without SESSION_SECRET (at
 * least 32 characters) or PUBLIC_URL, the demo with NODE_ENV=production, …
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: ConfigOptions = {}): Config {
  const problems: string[] = [];
  const demo = options.demo ?? yes(env.FP_DEMO);
  if (demo && env.NODE_ENV === 'production' && options.demo === undefined)
    problems.push('FP_DEMO=1 signs anyone in without a password: not with NODE_ENV=production');

  const secret = options.secret ?? given(env.SESSION_SECRET);
  if (secret !== undefined && secret.length < minSecretLength)
    problems.push(`SESSION_SECRET must have at least ${minSecretLength} characters (openssl rand -hex 32)`);
  else if (secret === undefined && !demo)
    problems.push(`SESSION_SECRET is required in production (at least ${minSecretLength} characters)`);

  const originOrProblem = (name: string, value: string) => {
    const read = originOf(name, value);
    if ('problem' in read) problems.push(read.problem);
    else if (!demo && read.origin.startsWith('http:') && !local(read.origin))
      problems.push(`${name} must be https in production (http only for localhost): ${read.origin}`);
    else return read.origin;
    return undefined;
  };
  const rawPublicUrl = options.publicUrl ?? given(env.PUBLIC_URL);
  const publicUrl = rawPublicUrl === undefined ? undefined : originOrProblem('PUBLIC_URL', rawPublicUrl);
  if (rawPublicUrl === undefined && !demo)
    problems.push('PUBLIC_URL is required in production: the origin parents reach the server at');
  const allowedReturnOrigins = (
    options.allowedReturnOrigins ??
    given(env.ALLOWED_RETURN_ORIGINS)?.split(/[\s,]+/) ??
    []
  )
    .filter((value) => value !== '')
    .map((value) => originOrProblem('ALLOWED_RETURN_ORIGINS', value))
    .filter((origin) => origin !== undefined);

  const trustedUserHeader = options.trustedUserHeader ?? given(env.TRUSTED_USER_HEADER);
  if (trustedUserHeader !== undefined && !/^[a-z0-9-]{1,64}$/i.test(trustedUserHeader))
    problems.push(`TRUSTED_USER_HEADER is not a header name: ${JSON.stringify(trustedUserHeader)}`);

  const providerUrl = given(env.PAYMENT_PROVIDER_URL);
  const providerSecret = given(env.PAYMENT_SECRET);
  if (providerUrl !== undefined) {
    const url = URL.parse(providerUrl.replace('{paymentId}', 'id'));
    if (!url || !/^https?:$/.test(url.protocol))
      problems.push(`PAYMENT_PROVIDER_URL is not an http(s) URL: ${JSON.stringify(providerUrl)}`);
    else if (!demo && url.protocol === 'http:' && !local(url.origin))
      problems.push(`PAYMENT_PROVIDER_URL must be https in production: ${url.origin}`);
    if (!providerUrl.includes('{paymentId}'))
      problems.push('PAYMENT_PROVIDER_URL must contain {paymentId}, where the payment’s id goes');
  }
  if ((providerUrl === undefined) !== (providerSecret === undefined))
    problems.push(
      'PAYMENT_PROVIDER_URL and PAYMENT_SECRET go together: the provider’s page and its signing key',
    );
  else if (providerSecret !== undefined && providerSecret.length < minSecretLength)
    problems.push(`PAYMENT_SECRET must have at least ${minSecretLength} characters`);
  const paymentProvider =
    options.paymentProvider ??
    (providerUrl && providerSecret ? { url: providerUrl, secret: providerSecret } : undefined);

  const port = options.port ?? Number(given(env.PORT) ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    problems.push(`PORT must be a port number: ${JSON.stringify(env.PORT)}`);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    demo,
    secret,
    publicUrl,
    allowedReturnOrigins,
    trustProxy: options.trustProxy ?? yes(env.TRUST_PROXY),
    trustedUserHeader: trustedUserHeader?.toLowerCase(),
    paymentProvider,
    databaseUrl:
      (options.databaseUrl === undefined ? given(env.DATABASE_URL) : options.databaseUrl) ?? undefined,
    port,
    host: options.host ?? given(env.HOST) ?? '127.0.0.1',
  };
}

/** One line saying what the server serves: mode, database, public URL, optional features. */
export function describeConfig(config: Config, database: string): string {
  const features = [
    config.trustedUserHeader ? `sign-in from the proxy's ${config.trustedUserHeader} header` : undefined,
    config.trustProxy ? 'behind a trusted proxy (X-Forwarded-Proto)' : undefined,
    config.allowedReturnOrigins.length > 0
      ? `payments may return to ${config.allowedReturnOrigins.join(', ')}`
      : undefined,
    config.paymentProvider
      ? `payments through ${new URL(config.paymentProvider.url.replace('{paymentId}', 'id')).host}`
      : config.demo
        ? undefined
        : 'no online payment (set PAYMENT_PROVIDER_URL and PAYMENT_SECRET)',
    config.demo
      ? `demo sign-in, /dev pages${config.paymentProvider ? '' : ' and simulated payments'}`
      : undefined,
    !config.demo && !config.trustedUserHeader
      ? 'no sign-in (set TRUSTED_USER_HEADER behind the commune’s SSO)'
      : undefined,
  ].filter((feature) => feature !== undefined);
  return [
    `family-portal: ${config.demo ? 'demo' : 'production'}`,
    database,
    config.publicUrl ?? 'public URL: the address it is reached at (demo)',
    ...features,
  ].join(' · ');
}
