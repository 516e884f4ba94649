import { expect, test } from "@playwright/test";
import { ActorPage } from "./pages/actor-page";
import { ActorsPage } from "./pages/actors-page";
import { SourcePage } from "./pages/source-page";
import { SourcesPage } from "./pages/sources-page";

const ASKED = "Did Russia ask China for military assistance for its war in Ukraine?";
const WILLING = "Is China willing to provide military assistance to Russia?";
const TIME_ARTICLE = /^Will China help Russian troops\?/;

test("a reader goes from the sources to everything the TIME article carried", async ({ page }) => {
  const sources = new SourcesPage(page);
  await sources.goto();
  await expect(page).toHaveTitle(/^Sources · Claimline$/);
  await expect(sources.heading()).toHaveText("Sources");
  await expect(sources.rows()).toHaveCount(12);
  // Sorted by publisher, then date: the FT's two reports are next to each other, dated first.
  const ft = sources.row("Financial Times");
  await expect(ft).toHaveCount(2);
  await expect(ft.locator("td time")).toHaveText(["14 Mar 2022", "14–15 Mar 2022 (some time between 14 and 15 March 2022)"]);
  await expect(sources.row(TIME_ARTICLE).locator("td.num")).toHaveText(["33", "33", "7"]);

  await sources.openSource(TIME_ARTICLE);
  const source = new SourcePage(page);
  await expect(source.heading()).toHaveText(TIME_ARTICLE);
  await expect(page).toHaveTitle(/^Will China help Russian troops\?.* · Claimline$/);
  await expect(source.fact("Kind")).toHaveText("News article");
  await expect(source.fact("Publisher").getByRole("link", { name: "TIME" })).toHaveAttribute("href", /^\/actors\/c[a-z0-9]{24}$/);
  await expect(source.fact("Published").locator("time")).toHaveText("~15 Mar 2022 (approximately 15 March 2022)");
  await expect(source.fact("Language")).toHaveText("English (en)");
  await expect(source.summary()).toContainText("33 claims in 2 disputes");

  // Claims grouped under both disputes, each heading linking to its dispute.
  await expect(source.disputeHeadings()).toHaveText([ASKED, WILLING]);
  await expect(source.disputeHeadings().first().getByRole("link")).toHaveAttribute(
    "href",
    "/disputes/russia-asked-china-for-military-aid",
  );
  const asked = source.group(ASKED);
  const usOfficials = source.carriedClaim("U.S. officials", asked);
  await expect(usOfficials).toHaveCount(1);
  await expect(usOfficials.locator(".badge.stance-affirms")).toHaveText("Affirms");
  await expect(usOfficials.locator(".carried-head time")).toHaveText("14 Mar 2022");
  await expect(usOfficials.getByRole("link", { name: /^Russia has asked China for military assistance/ })).toHaveAttribute(
    "href",
    /^\/claims\/c[a-z0-9]{24}$/,
  );
  await expect(usOfficials.locator(".carried-provenance")).toContainText(
    "Relayed “U.S. officials told the Financial Times, the New York Times, and the Washington Post”",
  );
  await expect(usOfficials.locator(".carried-provenance")).toContainText("via Financial Times news article");
  await expect(usOfficials.getByTestId("carried-chain")).toHaveText("Chain: U.S. officials → Financial Times → TIME");
  await expect(source.carriedClaim("China’s foreign ministry", asked).locator(".badge.stance-denies")).toBeVisible();
  // A quote TIME gathered itself: the article is that claim's origin.
  const layton = source.carriedClaim("Peter Layton", source.group(WILLING));
  await expect(layton).toHaveCount(3);
  await expect(layton.first().locator(".badge-origin")).toHaveText("Origin");

  const sourceId = new URL(page.url()).pathname.split("/").pop();
  await expect(source.claimsTableLink()).toHaveAttribute("href", `/claims?source=${sourceId}`);

  // Follow the relay back to the Financial Times report: there the claim is an origin, sourced anonymously.
  await usOfficials.locator(".carried-provenance").getByRole("link", { name: "Financial Times news article" }).click();
  await expect(source.heading()).toHaveText("Financial Times report that Russia asked China for military assistance");
  const origin = source.carriedClaim("U.S. officials");
  await expect(origin.locator(".badge-origin")).toHaveText("Origin");
  await expect(origin.locator(".carried-provenance")).toContainText("Anonymous sourcing “U.S. officials told the Financial Times”");
});

test("a reader opens China’s foreign ministry and sees its stance record and what it denied", async ({ page }) => {
  const actors = new ActorsPage(page);
  await actors.goto();
  await expect(page).toHaveTitle(/^Actors · Claimline$/);
  await expect(actors.kindHeadings()).toHaveText([
    "People (8)",
    "Government bodies (6)",
    "Media outlets (6)",
    "Organizations (6)",
    "Anonymous groups (5)",
  ]);
  const ministryRow = actors.row("China’s foreign ministry");
  await expect(ministryRow.locator("td.num")).toHaveText(["1", "1"]);
  await expect(actors.kindGroup(/^Government bodies/).getByRole("rowheader", { name: "China’s foreign ministry" })).toBeVisible();

  await actors.openActor("China’s foreign ministry");
  const actor = new ActorPage(page);
  await expect(actor.heading()).toContainText("China’s foreign ministry");
  await expect(page).toHaveTitle(/^China’s foreign ministry · Claimline$/);
  await expect(actor.fact("Kind")).toHaveText("Government body");
  await expect(actor.fact("Country")).toHaveText("China");
  await expect(actor.fact("Affiliation").getByRole("link")).toHaveText("Chinese government");
  await expect(actor.summary()).toHaveText("1 claim in 1 dispute; published 1 source.");

  // Stance record: one dispute, one denial.
  await expect(actor.stanceRecords()).toHaveCount(1);
  const record = actor.stanceRecords().first();
  await expect(record.getByRole("heading", { level: 3 })).toHaveText(ASKED);
  await expect(record.locator(".stance-counts li")).toHaveText(["Denies: 1"]);
  await expect(record.locator("tbody tr")).toHaveCount(1);
  await expect(record.locator("tbody tr td").first()).toHaveText("14 Mar 2022");
  await expect(record.getByRole("link", { name: /^Russia never asked China/ })).toHaveAttribute("href", /^\/claims\/c[a-z0-9]{24}$/);

  // What it denied: the U.S. officials' claim (and the FT's list), the same day.
  const deniedUs = actor.denied().filter({ has: page.locator(".answer-head", { hasText: "U.S. officials" }) });
  await expect(deniedUs).toHaveCount(1);
  await expect(deniedUs.locator(".answer-head")).toHaveText("Denies U.S. officials · same day");
  await expect(deniedUs.getByRole("link", { name: "U.S. officials", exact: true })).toHaveAttribute("href", /^\/actors\/c[a-z0-9]{24}$/);
  await expect(actor.denied()).toHaveCount(2);
  await expect(actor.deniedBy()).toHaveCount(0);
  await expect(actor.deniedBySection()).toContainText("No other actor’s claim denies or rebuts");

  // A publisher: its briefing, and the claims table filtered to it.
  await expect(actor.publishedSources()).toHaveCount(1);
  const actorId = new URL(page.url()).pathname.split("/").pop();
  await expect(actor.claimsTableLink()).toHaveAttribute("href", `/claims?publisher=${actorId}`);

  // The other way round: the U.S. officials' page says who denied them.
  await deniedUs.getByRole("link", { name: "U.S. officials", exact: true }).click();
  await expect(actor.heading()).toContainText("U.S. officials");
  await expect(actor.deniedBy()).toHaveCount(1);
  await expect(actor.deniedBy().locator(".answer-head")).toHaveText("China’s foreign ministry denies · same day");

  // Affiliation and members link both ways.
  await actor.fact("Affiliation").getByRole("link", { name: "U.S. government" }).click();
  await expect(actor.heading()).toContainText("U.S. government");
  await expect(actor.fact("Members").getByRole("link")).toContainText(["U.S. Congressional Research Service", "U.S. officials", "White House"]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the source and actor pages read fully", async ({ page }) => {
    const sources = new SourcesPage(page);
    await sources.goto();
    await sources.openSource(TIME_ARTICLE);
    const source = new SourcePage(page);
    await expect(source.disputeHeadings()).toHaveCount(2);
    await expect(page.getByRole("status")).toHaveCount(0);

    const actors = new ActorsPage(page);
    await actors.goto();
    await actors.openActor("China’s foreign ministry");
    const actor = new ActorPage(page);
    await expect(actor.denied().first()).toContainText("U.S. officials");
  });
});

test("unknown and malformed source and actor addresses are 404 pages", async ({ page }) => {
  for (const path of [
    "/sources/not-an-id",
    "/sources/c000000000000000000000000",
    "/sources/C000000000000000000000000",
    "/actors/not-an-id",
    "/actors/c000000000000000000000000",
    "/actors/%20",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
});
