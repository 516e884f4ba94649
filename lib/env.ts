import { z } from "zod";

/**
 * The process environment, validated once. Not "server-only": the Prisma CLI config and the
 * scripts read it too. Never import it from a client component.
 */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === "" ? undefined : value))
    .pipe(
      z
        .url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" })
        .optional(),
    ),
  CLAIMLINE_DATA_DIR: z.string().trim().min(1).default("./data"),
  PORT: z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, "must be a whole number from 1 to 65535")
    .default("3000")
    .transform(Number)
    .pipe(z.number().int().min(1, "must be a whole number from 1 to 65535").max(65535, "must be a whole number from 1 to 65535")),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Accounts (lib/auth/). The address people reach the app at: with https, session cookies are
  // Secure (and __Secure- prefixed). Unset: cookies are Secure only when the request came over
  // https (X-Forwarded-Proto from a proxy).
  CLAIMLINE_PUBLIC_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === "" ? undefined : value))
    .pipe(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional()),
  // Signs session cookies. Unset: one is generated on first start and kept in the database,
  // shared by every app process on it.
  CLAIMLINE_AUTH_SECRET: z
    .string()
    .optional()
    .transform((value) => (value === "" ? undefined : value))
    .pipe(z.string().min(32, "must be at least 32 characters").optional()),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvError";
  }
}

/** Parses `source` (process.env by default); throws EnvError with one readable line. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = issue?.path.join(".") ?? "environment";
    throw new EnvError(`Invalid ${name}: ${issue?.message ?? "invalid value"}`);
  }
  return result.data;
}
