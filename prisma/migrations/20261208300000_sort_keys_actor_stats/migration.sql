-- Sort keys for the claims table, and per-actor counts (issue #9): sorting 1M claims by a
-- joined column, and counting claims per actor with a GROUP BY over the whole table, both grew
-- with the table. Both are now maintained by triggers and read from indexes.

-- AlterTable (hand-edited: collation "C", so the keys sort by code point on every database)
ALTER TABLE "Claim" ADD COLUMN     "claimantSortKey" TEXT COLLATE "C" NOT NULL DEFAULT '',
ADD COLUMN     "disputeSortKey" TEXT COLLATE "C" NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ActorStats" (
    "actorId" TEXT NOT NULL,
    "claims" INTEGER NOT NULL DEFAULT 0,
    "sources" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ActorStats_pkey" PRIMARY KEY ("actorId")
);

-- AddForeignKey
ALTER TABLE "ActorStats" ADD CONSTRAINT "ActorStats_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: existing rows, before the indexes and triggers exist (one pass each).
UPDATE "Claim" c SET "claimantSortKey" = lower(a."name"), "disputeSortKey" = lower(d."title")
FROM "Actor" a, "Dispute" d WHERE a."id" = c."claimantId" AND d."id" = c."disputeId";

INSERT INTO "ActorStats" ("actorId", "claims", "sources")
SELECT "actorId", sum("claims")::int, sum("sources")::int FROM (
  SELECT "claimantId" AS "actorId", count(*) AS "claims", 0 AS "sources" FROM "Claim" GROUP BY 1
  UNION ALL
  SELECT "publisherId", 0, count(*) FROM "Source" WHERE "publisherId" IS NOT NULL GROUP BY 1
) counts GROUP BY 1;

-- CreateIndex
CREATE INDEX "ActorStats_claims_idx" ON "ActorStats"("claims" DESC);

-- CreateIndex
CREATE INDEX "ActorStats_sources_idx" ON "ActorStats"("sources" DESC);

-- CreateIndex
CREATE INDEX "Actor_kind_name_id_idx" ON "Actor"("kind", "name", "id");

-- CreateIndex
CREATE INDEX "Claim_claimantSortKey_asc_idx" ON "Claim"("claimantSortKey", "madeAtStart" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Claim_claimantSortKey_desc_idx" ON "Claim"("claimantSortKey" DESC, "madeAtStart" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Claim_disputeSortKey_asc_idx" ON "Claim"("disputeSortKey", "madeAtStart" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Claim_disputeSortKey_desc_idx" ON "Claim"("disputeSortKey" DESC, "madeAtStart" DESC, "id" DESC);

-- Hand-written: the sort keys follow the claim's claimant and dispute …
CREATE FUNCTION claimline_claim_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."claimantSortKey" := coalesce((SELECT lower(a."name") FROM "Actor" a WHERE a."id" = NEW."claimantId"), '');
  NEW."disputeSortKey" := coalesce((SELECT lower(d."title") FROM "Dispute" d WHERE d."id" = NEW."disputeId"), '');
  RETURN NEW;
END $$;

CREATE TRIGGER "Claim_sort_keys" BEFORE INSERT OR UPDATE OF "claimantId", "disputeId", "claimantSortKey", "disputeSortKey" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION claimline_claim_sort_keys();

-- … and their names.
CREATE FUNCTION claimline_actor_sort_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Claim" SET "claimantSortKey" = lower(NEW."name") WHERE "claimantId" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "Actor_claim_sort_key" AFTER UPDATE OF "name" ON "Actor"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION claimline_actor_sort_key();

CREATE FUNCTION claimline_dispute_sort_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Claim" SET "disputeSortKey" = lower(NEW."title") WHERE "disputeId" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "Dispute_claim_sort_key" AFTER UPDATE OF "title" ON "Dispute"
  FOR EACH ROW WHEN (OLD."title" IS DISTINCT FROM NEW."title") EXECUTE FUNCTION claimline_dispute_sort_key();

-- Hand-written: "ActorStats" follows every statement that adds, removes or moves claims and
-- sources. Statement-level triggers with transition tables: a bulk statement costs one
-- aggregate, not a row update per claim. Increments upsert; decrements only update (the
-- actor's row may already be gone with the actor, when deleting it nulls its sources'
-- publisherId). Rows are touched in actorId order, so concurrent writers never deadlock on them.
CREATE FUNCTION claimline_actor_stats_apply(deltas jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ActorStats" ("actorId", "claims", "sources")
  SELECT d."actorId", d."claims", d."sources"
  FROM jsonb_to_recordset(deltas) AS d("actorId" text, "claims" int, "sources" int)
  WHERE d."claims" >= 0 AND d."sources" >= 0 AND (d."claims" > 0 OR d."sources" > 0)
  ORDER BY d."actorId"
  ON CONFLICT ("actorId") DO UPDATE SET "claims" = "ActorStats"."claims" + EXCLUDED."claims",
                                        "sources" = "ActorStats"."sources" + EXCLUDED."sources";
  UPDATE "ActorStats" s SET "claims" = s."claims" + d."claims", "sources" = s."sources" + d."sources"
  FROM (SELECT * FROM jsonb_to_recordset(deltas) AS d("actorId" text, "claims" int, "sources" int)
        WHERE d."claims" < 0 OR d."sources" < 0 ORDER BY d."actorId") d
  WHERE s."actorId" = d."actorId";
END $$;

CREATE FUNCTION claimline_actor_stats_claims() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE deltas jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(jsonb_build_object('actorId', actor, 'claims', n, 'sources', 0)) INTO deltas
    FROM (SELECT "claimantId" AS actor, count(*)::int AS n FROM new_rows GROUP BY 1) x;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(jsonb_build_object('actorId', actor, 'claims', -n, 'sources', 0)) INTO deltas
    FROM (SELECT "claimantId" AS actor, count(*)::int AS n FROM old_rows GROUP BY 1) x;
  ELSE
    SELECT jsonb_agg(jsonb_build_object('actorId', actor, 'claims', n, 'sources', 0)) INTO deltas
    FROM (SELECT actor, sum(delta)::int AS n FROM (
            SELECT n."claimantId" AS actor, 1 AS delta FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE o."claimantId" <> n."claimantId"
            UNION ALL
            SELECT o."claimantId", -1 FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE o."claimantId" <> n."claimantId") moved
          GROUP BY 1 HAVING sum(delta) <> 0) x;
  END IF;
  IF deltas IS NOT NULL THEN PERFORM claimline_actor_stats_apply(deltas); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Claim_actor_stats_insert" AFTER INSERT ON "Claim"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claimline_actor_stats_claims();
CREATE TRIGGER "Claim_actor_stats_delete" AFTER DELETE ON "Claim"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION claimline_actor_stats_claims();
CREATE TRIGGER "Claim_actor_stats_update" AFTER UPDATE ON "Claim"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claimline_actor_stats_claims();

CREATE FUNCTION claimline_actor_stats_sources() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE deltas jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(jsonb_build_object('actorId', actor, 'claims', 0, 'sources', n)) INTO deltas
    FROM (SELECT "publisherId" AS actor, count(*)::int AS n FROM new_rows WHERE "publisherId" IS NOT NULL GROUP BY 1) x;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(jsonb_build_object('actorId', actor, 'claims', 0, 'sources', -n)) INTO deltas
    FROM (SELECT "publisherId" AS actor, count(*)::int AS n FROM old_rows WHERE "publisherId" IS NOT NULL GROUP BY 1) x;
  ELSE
    SELECT jsonb_agg(jsonb_build_object('actorId', actor, 'claims', 0, 'sources', n)) INTO deltas
    FROM (SELECT actor, sum(delta)::int AS n FROM (
            SELECT n."publisherId" AS actor, 1 AS delta FROM new_rows n JOIN old_rows o ON o."id" = n."id"
            WHERE n."publisherId" IS NOT NULL AND o."publisherId" IS DISTINCT FROM n."publisherId"
            UNION ALL
            SELECT o."publisherId", -1 FROM new_rows n JOIN old_rows o ON o."id" = n."id"
            WHERE o."publisherId" IS NOT NULL AND o."publisherId" IS DISTINCT FROM n."publisherId") moved
          GROUP BY 1 HAVING sum(delta) <> 0) x;
  END IF;
  IF deltas IS NOT NULL THEN PERFORM claimline_actor_stats_apply(deltas); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Source_actor_stats_insert" AFTER INSERT ON "Source"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claimline_actor_stats_sources();
CREATE TRIGGER "Source_actor_stats_delete" AFTER DELETE ON "Source"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION claimline_actor_stats_sources();
CREATE TRIGGER "Source_actor_stats_update" AFTER UPDATE ON "Source"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claimline_actor_stats_sources();
