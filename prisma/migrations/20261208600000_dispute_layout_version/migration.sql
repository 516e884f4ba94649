-- Hand-written: a version per dispute that every change to its timeline's layout bumps, so an
-- app process may keep a dispute's layout in memory and re-read it only when the version moved
-- (lib/disputes/data.ts). The layout is the claims' ids, sides, dates and claimant names and
-- the answers (DENIES/REBUTS links) between them; events are read on every request.
-- Statement-level triggers: a bulk write bumps each dispute it touches once.
CREATE TABLE "DisputeLayout" (
    "disputeId" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DisputeLayout_pkey" PRIMARY KEY ("disputeId")
);

ALTER TABLE "DisputeLayout" ADD CONSTRAINT "DisputeLayout_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Only disputes that still exist (a dispute being deleted takes its row with it); in id order,
-- so two writers bumping the same disputes lock them in the same order.
CREATE FUNCTION claimline_bump_dispute_layout(dispute_ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "DisputeLayout" ("disputeId", "version")
  SELECT d."id", 1 FROM "Dispute" d WHERE d."id" = ANY(dispute_ids) ORDER BY d."id"
  ON CONFLICT ("disputeId") DO UPDATE SET "version" = "DisputeLayout"."version" + 1
$$;

CREATE FUNCTION claimline_dispute_layout_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM claimline_bump_dispute_layout(ARRAY(SELECT DISTINCT "disputeId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM claimline_bump_dispute_layout(ARRAY(SELECT DISTINCT "disputeId" FROM old_rows));
  ELSE
    PERFORM claimline_bump_dispute_layout(ARRAY(
      SELECT DISTINCT x."disputeId" FROM new_rows n JOIN old_rows o ON o."id" = n."id",
        LATERAL (VALUES (n."disputeId"), (o."disputeId")) x("disputeId")
      WHERE (n."disputeId", n."stance", n."madeAtStart", n."madeAtEnd", n."madeAtPrecision", n."claimantId")
            IS DISTINCT FROM (o."disputeId", o."stance", o."madeAtStart", o."madeAtEnd", o."madeAtPrecision", o."claimantId")));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Claim_dispute_layout_insert" AFTER INSERT ON "Claim"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claimline_dispute_layout_claims();
CREATE TRIGGER "Claim_dispute_layout_delete" AFTER DELETE ON "Claim"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION claimline_dispute_layout_claims();
CREATE TRIGGER "Claim_dispute_layout_update" AFTER UPDATE ON "Claim"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claimline_dispute_layout_claims();

-- A link's dispute is its `from` claim's (the timeline reads answers by their answering claim).
CREATE FUNCTION claimline_dispute_layout_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM claimline_bump_dispute_layout(ARRAY(
      SELECT DISTINCT c."disputeId" FROM new_rows l JOIN "Claim" c ON c."id" = l."fromId"));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM claimline_bump_dispute_layout(ARRAY(
      SELECT DISTINCT c."disputeId" FROM old_rows l JOIN "Claim" c ON c."id" = l."fromId"));
  ELSE
    PERFORM claimline_bump_dispute_layout(ARRAY(
      SELECT DISTINCT c."disputeId" FROM (SELECT "fromId" FROM new_rows UNION SELECT "fromId" FROM old_rows) l
      JOIN "Claim" c ON c."id" = l."fromId"));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "ClaimLink_dispute_layout_insert" AFTER INSERT ON "ClaimLink"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claimline_dispute_layout_links();
CREATE TRIGGER "ClaimLink_dispute_layout_delete" AFTER DELETE ON "ClaimLink"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION claimline_dispute_layout_links();
CREATE TRIGGER "ClaimLink_dispute_layout_update" AFTER UPDATE ON "ClaimLink"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claimline_dispute_layout_links();

-- A renamed claimant: the overview names each claim's claimant.
CREATE FUNCTION claimline_dispute_layout_actors() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM claimline_bump_dispute_layout(ARRAY(
    SELECT DISTINCT c."disputeId" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    JOIN "Claim" c ON c."claimantId" = n."id" WHERE n."name" IS DISTINCT FROM o."name"));
  RETURN NULL;
END $$;

CREATE TRIGGER "Actor_dispute_layout_update" AFTER UPDATE ON "Actor"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claimline_dispute_layout_actors();
