/** The accounts playwright.config.ts creates with `npm run user` before the server starts. */
export const E2E_PASSWORD = "e2e password 1234";

export type Role = "admin" | "editor" | "otherEditor" | "viewer";

export const ACCOUNTS: Record<Role, { email: string; name: string }> = {
  admin: { email: "admin@e2e.test", name: "Ada Admin" },
  editor: { email: "editor@e2e.test", name: "Eddie Editor" },
  otherEditor: { email: "editor2@e2e.test", name: "Erin Editor" },
  viewer: { email: "viewer@e2e.test", name: "Vic Viewer" },
};
