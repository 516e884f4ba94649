import { ClaimPage } from "../pages/claim-page";
import { DisputePage } from "../pages/dispute-page";
import { EditorPages } from "../pages/editor-pages";
import { expect, test } from "../support/fixtures";

test("an editor enters a dispute with an on-record claim, an anonymous claim relayed by a second outlet, and a denial", async ({ loginAs, uid }) => {
  test.setTimeout(240_000);
  const page = await loginAs("editor");
  const editor = new EditorPages(page);
  const u = uid();

  const officials = `Journey officials ${u}`;
  const ministry = `Journey ministry ${u}`;
  const minister = `Journey minister ${u}`;
  const outletA = `Outlet A ${u}`;
  const outletB = `Outlet B ${u}`;
  await editor.createActor(officials, "Anonymous group");
  await editor.createActor(ministry, "Government body");
  await editor.createActor(minister, "Person");
  await editor.createActor(outletA, "Media outlet");
  await editor.createActor(outletB, "Media outlet");
  await editor.createSource(`Outlet B piece ${u}`, { publisher: outletB, published: "16 Mar 2022" });

  const slug = await editor.createDispute(`Journey dispute ${u}`, "The minister asked for help.");

  // An on-record claim, quoted from a new statement, saved with its source and first appearance.
  await editor.addClaim(slug, {
    claimant: minister,
    stance: "Affirms",
    text: "The minister says help was requested.",
    quote: "We asked for help.",
    madeAt: "14 Mar 2022",
    newSource: { title: `Minister statement ${u}`, kind: "Official statement", publisher: minister },
  });

  // An anonymous claim reported by outlet A; the date typed loosely shows what it means before saving.
  await page.goto(`/disputes/${slug}`);
  await page.getByRole("link", { name: "Add a claim" }).click();
  await editor.field("When it was said").fill("mid-March 2022");
  await expect(page.getByTestId("madeAt-preview")).toHaveText("Understood as: mid-Mar 2022 (EDTF 2022-03-11/2022-03-20)");
  const anonymous = await editor.addClaim(slug, {
    claimant: officials,
    stance: "Affirms",
    text: "Officials say help was requested.",
    madeAt: "15 Mar 2022",
    newSource: { title: `Outlet A report ${u}`, publisher: outletA },
    attribution: "Anonymous sourcing",
    attributionPhrase: `officials told ${outletA}`,
  });
  // …relayed by outlet B.
  await editor.addAppearance(anonymous, { source: `Outlet B piece ${u}`, reportedAt: "16 Mar 2022", attribution: "Relayed", via: outletA });

  // The denial, linked to the anonymous claim.
  const denial = await editor.addClaim(slug, {
    claimant: ministry,
    stance: "Denies",
    text: "The ministry says nobody asked.",
    madeAt: "15 Mar 2022",
    newSource: { title: `Ministry briefing ${u}`, kind: "Press briefing", publisher: ministry },
  });
  await editor.addLink(denial, { kind: "denies", other: "Officials say help was requested", note: "Same day." });

  // The timeline: both sides, the denial in the row of the claim it answers.
  const dispute = new DisputePage(page);
  await dispute.goto(slug);
  await expect(dispute.cardsIn("AFFIRMS").filter({ hasText: officials })).toHaveCount(1);
  await expect(dispute.cardsIn("AFFIRMS").filter({ hasText: minister })).toHaveCount(1);
  await expect(dispute.cardsIn("DENIES").filter({ hasText: ministry })).toHaveCount(1);
  await expect(dispute.pairNotes().filter({ hasText: `${ministry} denies ${officials}` })).toHaveCount(1);

  // The provenance: officials → outlet A → outlet B, and what denies it.
  await page.goto(`/claims/${anonymous}`);
  const claim = new ClaimPage(page);
  await expect(claim.chainSummaries()).toHaveText([`${officials} → ${outletA} → ${outletB}`]);
  await expect(claim.originCount()).toHaveText("1 independent origin carried by 1 outlet (+ 1 relay)");
  await expect(claim.answers().filter({ hasText: "Denied by" })).toContainText(ministry);

  // Every step is in the public History, readable signed out.
  await page.context().clearCookies();
  await page.goto(`/claims/${anonymous}/history`);
  await expect(page.getByTestId("change-set")).toHaveCount(3);
  await expect(page.getByTestId("change-set").first()).toContainText("Eddie Editor");
});
