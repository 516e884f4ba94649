-- CreateTable
CREATE TABLE "ClaimPublisher" (
    "publisherId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "madeAtStart" DATE NOT NULL,
    "madeAtEnd" DATE NOT NULL,

    CONSTRAINT "ClaimPublisher_pkey" PRIMARY KEY ("publisherId","claimId")
);

-- CreateIndex
CREATE INDEX "ClaimPublisher_publisherId_madeAtStart_madeAtEnd_claimId_idx" ON "ClaimPublisher"("publisherId", "madeAtStart" DESC, "madeAtEnd" DESC, "claimId" DESC);

-- CreateIndex
CREATE INDEX "ClaimPublisher_claimId_idx" ON "ClaimPublisher"("claimId");

-- AddForeignKey
ALTER TABLE "ClaimPublisher" ADD CONSTRAINT "ClaimPublisher_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimPublisher" ADD CONSTRAINT "ClaimPublisher_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: keep "ClaimPublisher" current inside the database, whatever writes the rows.
-- A claim is under a publisher iff at least one of its appearances is in a source that
-- publisher published; the row copies the claim's dates so that one publisher's claims can be
-- read in date order straight from the (publisherId, madeAtStart, madeAtEnd, claimId) index.

-- Recomputes one claim's rows: drops publishers it no longer has, adds new ones, leaves the rest.
-- Locking the claim row first serialises concurrent refreshes of the same claim, so two
-- transactions that add and remove appearances of one claim at once cannot both decide from a
-- snapshot missing the other's change (in READ COMMITTED each later statement sees the first
-- one's committed work).
CREATE FUNCTION claimline_claim_publisher_refresh(claim_id text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Claim" WHERE "id" = claim_id FOR NO KEY UPDATE;
  DELETE FROM "ClaimPublisher" cp
  WHERE cp."claimId" = claim_id
    AND NOT EXISTS (SELECT 1 FROM "Appearance" a JOIN "Source" s ON s."id" = a."sourceId"
                    WHERE a."claimId" = claim_id AND s."publisherId" = cp."publisherId");
  INSERT INTO "ClaimPublisher" ("publisherId", "claimId", "madeAtStart", "madeAtEnd")
  SELECT DISTINCT s."publisherId", c."id", c."madeAtStart", c."madeAtEnd"
  FROM "Claim" c JOIN "Appearance" a ON a."claimId" = c."id" JOIN "Source" s ON s."id" = a."sourceId"
  WHERE c."id" = claim_id AND s."publisherId" IS NOT NULL
  ON CONFLICT ("publisherId", "claimId") DO NOTHING;
END $$;

CREATE FUNCTION claimline_claim_publisher_from_appearance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM claimline_claim_publisher_refresh(OLD."claimId"); END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."claimId" IS DISTINCT FROM OLD."claimId") THEN
    PERFORM claimline_claim_publisher_refresh(NEW."claimId");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Appearance_claim_publisher" AFTER INSERT OR DELETE OR UPDATE OF "sourceId", "claimId" ON "Appearance"
  FOR EACH ROW EXECUTE FUNCTION claimline_claim_publisher_from_appearance();

-- A source changing publisher (also when its publisher is deleted: SET NULL) moves its claims.
CREATE FUNCTION claimline_claim_publisher_from_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM claimline_claim_publisher_refresh(claim_id)
  FROM (SELECT DISTINCT a."claimId" AS claim_id FROM "Appearance" a WHERE a."sourceId" = NEW."id" ORDER BY 1) claims;
  RETURN NULL;
END $$;

CREATE TRIGGER "Source_claim_publisher" AFTER UPDATE OF "publisherId" ON "Source"
  FOR EACH ROW WHEN (OLD."publisherId" IS DISTINCT FROM NEW."publisherId")
  EXECUTE FUNCTION claimline_claim_publisher_from_source();

CREATE FUNCTION claimline_claim_publisher_dates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ClaimPublisher" SET "madeAtStart" = NEW."madeAtStart", "madeAtEnd" = NEW."madeAtEnd"
  WHERE "claimId" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "Claim_claim_publisher_dates" AFTER UPDATE OF "madeAtStart", "madeAtEnd" ON "Claim"
  FOR EACH ROW WHEN (OLD."madeAtStart" IS DISTINCT FROM NEW."madeAtStart" OR OLD."madeAtEnd" IS DISTINCT FROM NEW."madeAtEnd")
  EXECUTE FUNCTION claimline_claim_publisher_dates();

-- Existing rows.
INSERT INTO "ClaimPublisher" ("publisherId", "claimId", "madeAtStart", "madeAtEnd")
SELECT DISTINCT s."publisherId", c."id", c."madeAtStart", c."madeAtEnd"
FROM "Appearance" a JOIN "Source" s ON s."id" = a."sourceId" JOIN "Claim" c ON c."id" = a."claimId"
WHERE s."publisherId" IS NOT NULL;
