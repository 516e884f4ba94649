import { expect, test } from "@playwright/test";

/** Every response carries the security headers (proxy.ts, lib/http/security-headers.ts). */
const PATHS = ["/", "/claims", "/sources", "/sign-in", "/claims/no-such-claim", "/claims/%zz", "/api/date-input?text=2022", "/icon.svg"];

test("every kind of response carries the security headers, HSTS only over https", async ({ request }) => {
  for (const path of PATHS) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(response.status(), path).toBeLessThan(500);
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["x-powered-by"], path).toBeUndefined();
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
  const overHttps = await request.get("/claims", { headers: { "X-Forwarded-Proto": "https" } });
  expect(overHttps.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  // A fresh nonce per response
  const [first, second] = await Promise.all([request.get("/"), request.get("/")]);
  expect(first.headers()["content-security-policy"]).not.toBe(second.headers()["content-security-policy"]);
});

test("the page's own scripts run with the nonce, and an injected inline handler is blocked", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/claims");
  const nonce = /'nonce-([^']+)'/.exec(response?.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  // Next.js's scripts carry the nonce (the browser hides it from the attribute once applied).
  const scripts = await page.locator("script[src]").count();
  expect(scripts).toBeGreaterThan(0);
  // Next.js's client started (it sets window.next), so its nonce-carrying scripts ran.
  await page.waitForFunction(() => typeof (window as { next?: { version?: string } }).next?.version === "string");

  await page.evaluate(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      document.body.dataset.cspViolation = event.violatedDirective;
    });
    const holder = document.createElement("div");
    holder.innerHTML = '<img src="/no-such-image.png" onerror="document.body.dataset.pwned = \'yes\'">';
    document.body.append(holder);
  });
  await expect(page.locator("body")).toHaveAttribute("data-csp-violation", /script-src/);
  expect(await page.locator("body").getAttribute("data-pwned")).toBeNull();
  expect(violations.join("\n")).toMatch(/inline event handler|script-src/i);
});
