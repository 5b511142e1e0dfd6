import { z } from 'zod';

/**
 * Every setting the server reads, validated once at boot. Documented variable by variable in
 * README.md and .env.example; a wrong value stops the server with one clear line per problem.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** Defaults to http://localhost:<PORT>, so links the server prints match where it listens. */
  PUBLIC_URL: z.url().optional(),
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must start with neo4j:// or bolt://'),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  COOKIE_SECURE: z
    .enum(['true', 'false', 'auto'])
    .default('auto')
    .describe('auto: Secure cookies when PUBLIC_URL is https'),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(8),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).max(500).default(30),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(10).default(5000),
  WEB_DIST_DIR: z
    .string()
    .min(1)
    .default('dist/apps/web')
    .describe('built web app served on the same origin'),
  // Wrong passwords before delays start, for one account from one address (and on one known device).
  SIGNIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  // For one account from all addresses together (browsers it has not signed in on before).
  SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT: z.coerce.number().int().min(1).default(20),
  // Higher than per account: several people may sign in from behind one office address.
  SIGNIN_MAX_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  SIGNIN_WINDOW_MINUTES: z.coerce.number().positive().default(15),
  // The first pause once a count is used up; it doubles with each further failure, up to the window.
  SIGNIN_BASE_DELAY_SECONDS: z.coerce.number().positive().default(60),
  // How often each server reads the revocation counter (a disable by the CLI takes effect within it).
  REVOCATION_POLL_MS: z.coerce.number().int().min(20).max(10_000).default(250),
  INVITATION_TTL_DAYS: z.coerce.number().positive().max(90).default(7),
  RESET_LINK_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 7)
    .default(24),
  // Without SMTP_HOST no e-mail is sent: invitation and reset links are shown to the admin to pass on.
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .describe('true: TLS from the start (port 465); false: STARTTLS when the server offers it'),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().default(''),
  MAIL_FROM: z.string().min(3).default('Netzwerkstatt <netzwerkstatt@localhost>'),
  API_TOKEN_TTL_DAYS: z.coerce.number().positive().max(366).default(90),
  TRUST_PROXY: z
    .string()
    .default('false')
    .describe('Express "trust proxy": false, true, a hop count or addresses; decides the client address'),
});

export type AppConfig = Omit<z.infer<typeof configSchema>, 'PUBLIC_URL'> & { PUBLIC_URL: string };

/** Parses the environment or throws an Error whose message lists each bad variable on its own line. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const result = configSchema.safeParse(env);
  if (result.success) {
    return { ...result.data, PUBLIC_URL: result.data.PUBLIC_URL ?? `http://localhost:${result.data.PORT}` };
  }
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Ungültige Konfiguration / invalid configuration:\n${lines.join('\n')}`);
}
