import type { Page, Request } from "@playwright/test";
import { EditorPages } from "../pages/editor-pages";
import { expect, test } from "../support/fixtures";

/**
 * Server actions are public endpoints: hidden buttons are not a permission. These specs take a
 * real "create dispute" request made by an editor's browser (stopped before it reaches the
 * server) and replay it as other callers.
 */
async function captureCreateDispute(page: Page, title: string): Promise<Request> {
  const editor = new EditorPages(page);
  await page.goto("/disputes/new");
  await editor.field("Title").fill(title);
  await editor.field("Proposition").fill("Replayed.");
  let captured: Request | null = null;
  await page.route("**/disputes/new", async (route) => {
    if (route.request().method() === "POST") {
      captured = route.request();
      await route.abort();
    } else await route.continue();
  });
  await editor.save("Create dispute");
  await expect.poll(() => captured !== null).toBe(true);
  await page.unroute("**/disputes/new");
  return captured as unknown as Request;
}

function replay(page: Page, request: Request, headers: Record<string, string> = {}) {
  const original = request.headers();
  return page.request.post(request.url(), {
    headers: { "next-action": original["next-action"] ?? "", "content-type": original["content-type"] ?? "", accept: "text/x-component", ...headers },
    data: request.postDataBuffer() ?? Buffer.alloc(0),
    maxRedirects: 0,
  });
}

test("a viewer sees no edit controls, and a direct POST of an editor's action is refused", async ({ loginAs, uid }) => {
  const viewer = await loginAs("viewer");
  await viewer.goto("/disputes/russia-asked-china-for-military-aid");
  await expect(viewer.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(viewer.getByTestId("edit-link")).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Add a claim" })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "History" })).toBeVisible();
  await viewer.goto("/disputes/new");
  await expect(viewer.getByText("can read everything but not change it")).toBeVisible();
  await expect(viewer.locator("form.action-form")).toHaveCount(0);

  const title = `Replayed by a viewer ${uid()}`;
  const request = await captureCreateDispute(await loginAs("editor"), title);
  const response = await replay(viewer, request, { origin: new URL(request.url()).origin });
  expect(await response.text()).toContain("FORBIDDEN");
  const check = await viewer.goto(`/disputes/${title.toLowerCase().replaceAll(" ", "-")}`);
  expect(check?.status()).toBe(404);

  // Signed out: refused too.
  await viewer.context().clearCookies();
  const anonymous = await replay(viewer, request, { origin: new URL(request.url()).origin });
  expect(await anonymous.text()).toContain("UNAUTHORIZED");
});

test("cross-site form posts are refused", async ({ loginAs, uid }) => {
  const editor = await loginAs("editor");
  const title = `Cross-site ${uid()}`;
  const request = await captureCreateDispute(editor, title);
  const slug = `/disputes/${title.toLowerCase().replaceAll(" ", "-")}`;

  // The editor's own session, another origin: Next.js refuses the action (Origin ≠ Host).
  const forged = await replay(editor, request, { origin: "http://evil.example" });
  expect(forged.status()).not.toBe(200);
  expect((await editor.goto(slug))?.status()).toBe(404);

  // A plain HTML form on another site, submitted in the editor's browser: the session cookie is
  // SameSite=Lax (not sent on a cross-site POST) and the origin is wrong.
  await editor.goto("/disputes/new");
  const hidden = await editor.locator('form.action-form input[type="hidden"]').evaluateAll((inputs) =>
    inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value]),
  );
  const target = new URL("/disputes/new", request.url()).toString();
  const fields = [...hidden, ["title", title], ["proposition", "Forged."], ["status", "OPEN"]]
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${String(value).replaceAll('"', "&quot;")}">`)
    .join("");
  await editor.context().route("http://evil.example/**", (route) =>
    route.fulfill({ contentType: "text/html", body: `<form id="f" method="post" enctype="multipart/form-data" action="${target}">${fields}</form><script>document.getElementById("f").submit()</script>` }),
  );
  const evil = await editor.context().newPage();
  const posted = evil.waitForResponse((response) => response.url() === target && response.request().method() === "POST");
  await evil.goto("http://evil.example/");
  await posted;
  expect((await editor.goto(slug))?.status()).toBe(404);
});
