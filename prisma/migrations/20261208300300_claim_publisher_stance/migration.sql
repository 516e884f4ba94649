-- "ClaimPublisher" copies the claim's stance as it copies its dates (issue #9): a view of one
-- publisher × a stance × a date range is then read from the publisher-date index alone, where
-- it probed "Claim" for every candidate (36k random reads for the busiest outlet's two years).

-- DropIndex
DROP INDEX "ClaimPublisher_publisherId_madeAtStart_madeAtEnd_claimId_idx";

-- AlterTable (hand-edited: filled from the claims before it becomes NOT NULL)
ALTER TABLE "ClaimPublisher" ADD COLUMN     "stance" "Stance";
UPDATE "ClaimPublisher" cp SET "stance" = c."stance" FROM "Claim" c WHERE c."id" = cp."claimId";
ALTER TABLE "ClaimPublisher" ALTER COLUMN "stance" SET NOT NULL;

-- CreateIndex
CREATE INDEX "ClaimPublisher_publisherId_madeAtStart_madeAtEnd_claimId_st_idx" ON "ClaimPublisher"("publisherId", "madeAtStart" DESC, "madeAtEnd" DESC, "claimId" DESC, "stance");

-- Hand-written: the triggers of migration 20261129020000 copy the stance too.
CREATE OR REPLACE FUNCTION claimline_claim_publisher_refresh(claim_id text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Claim" WHERE "id" = claim_id FOR NO KEY UPDATE;
  DELETE FROM "ClaimPublisher" cp
  WHERE cp."claimId" = claim_id
    AND NOT EXISTS (SELECT 1 FROM "Appearance" a JOIN "Source" s ON s."id" = a."sourceId"
                    WHERE a."claimId" = claim_id AND s."publisherId" = cp."publisherId");
  INSERT INTO "ClaimPublisher" ("publisherId", "claimId", "madeAtStart", "madeAtEnd", "stance")
  SELECT DISTINCT s."publisherId", c."id", c."madeAtStart", c."madeAtEnd", c."stance"
  FROM "Claim" c JOIN "Appearance" a ON a."claimId" = c."id" JOIN "Source" s ON s."id" = a."sourceId"
  WHERE c."id" = claim_id AND s."publisherId" IS NOT NULL
  ON CONFLICT ("publisherId", "claimId") DO NOTHING;
END $$;

CREATE OR REPLACE FUNCTION claimline_claim_publisher_dates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ClaimPublisher" SET "madeAtStart" = NEW."madeAtStart", "madeAtEnd" = NEW."madeAtEnd", "stance" = NEW."stance"
  WHERE "claimId" = NEW."id";
  RETURN NULL;
END $$;

DROP TRIGGER "Claim_claim_publisher_dates" ON "Claim";
CREATE TRIGGER "Claim_claim_publisher_dates" AFTER UPDATE OF "madeAtStart", "madeAtEnd", "stance" ON "Claim"
  FOR EACH ROW WHEN (OLD."madeAtStart" IS DISTINCT FROM NEW."madeAtStart" OR OLD."madeAtEnd" IS DISTINCT FROM NEW."madeAtEnd"
                     OR OLD."stance" IS DISTINCT FROM NEW."stance")
  EXECUTE FUNCTION claimline_claim_publisher_dates();
