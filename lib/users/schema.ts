import { z } from "zod";
import { recordIdSchema } from "@/lib/claims/schema";
import { roleSchema } from "@/lib/domain/enums";

/** Account fields, shared by the invitation form, the admin pages, the CLI and the API. */
export const emailSchema = z
  .string({ error: "Enter an e-mail address." })
  .trim()
  .toLowerCase()
  .max(254, "That e-mail address is too long.")
  .pipe(z.email({ error: "Enter an e-mail address such as name@example.org." }));

export const displayNameSchema = z
  .string({ error: "Enter a display name." })
  .trim()
  .min(1, "Enter a display name: it is shown on the changes you make.")
  .max(80, "Keep the display name under 80 characters.");

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(10, "Use at least 10 characters.")
  .max(256, "Use at most 256 characters.");

export const newUserSchema = z.object({
  email: emailSchema,
  name: displayNameSchema,
  role: roleSchema,
  password: passwordSchema,
});
export type NewUser = z.output<typeof newUserSchema>;

export const acceptInvitationSchema = z
  .object({
    token: z.string().min(20).max(200),
    email: emailSchema.optional(),
    name: displayNameSchema,
    password: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((value) => value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords differ.",
  });

export const createInvitationSchema = z.object({
  role: roleSchema,
  email: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(emailSchema.optional()),
});

export const changeRoleSchema = z.object({ userId: recordIdOrAuthId(), role: roleSchema });
export const userIdSchema = z.object({ userId: recordIdOrAuthId() });

/** Users made here have cuids; the auth library's own ids are 32 letters and digits. */
function recordIdOrAuthId() {
  return z.union([recordIdSchema, z.string().regex(/^[A-Za-z0-9]{32}$/)], { error: "not a user id" });
}

/** A path inside the app to return to after signing in; anything else becomes "/". */
export const returnPathSchema = z
  .string()
  .optional()
  .transform((value) => (value && /^\/(?![/\\])[^\s]*$/.test(value) && value.length < 2000 ? value : "/"));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(256),
  next: returnPathSchema,
});
