-- Hand-written (issue #8, item 5): search finds the people and the words people type. A
-- claim's vector now also holds its claimant's name, the names of the outlets (publishers)
-- whose sources carried it, and each appearance's attribution phrase and excerpt: "Psaki",
-- "Financial Times", "a senior official" or words of an excerpt find the claim, and "-Psaki"
-- leaves out Psaki's claims.
--
-- Weights: A = the claim's text and quote; B = its claimant's name, its sources' titles and
-- its outlets' names; C = its appearances' attribution phrases and excerpts, and the bodies of
-- its visible annotations.
--
-- Not indexed: the titles of the dispute's events. An event belongs to the dispute, not to a
-- claim: every claim of the dispute would carry every event title (a word of one title would
-- then match the whole dispute and rank nothing), and editing one event would rewrite the
-- vector of every claim of its dispute (thousands of rows at a million claims). Events are
-- read on the dispute's timeline.

-- The whole vector, the claimant given (a BEFORE trigger knows the new claimant before the
-- table does).
CREATE FUNCTION claimline_claim_search_vector(claim_id text, claim_text text, claim_quote text, claimant_id text)
RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', coalesce(claim_text, '') || ' ' || coalesce(claim_quote, '')), 'A')
      || setweight(to_tsvector('english', coalesce((SELECT p."name" FROM "Actor" p WHERE p."id" = claimant_id), '')), 'B')
      || setweight(to_tsvector('english', coalesce((
           SELECT string_agg(DISTINCT s."title", ' ')
           FROM "Appearance" a JOIN "Source" s ON s."id" = a."sourceId"
           WHERE a."claimId" = claim_id), '')), 'B')
      || setweight(to_tsvector('english', coalesce((
           SELECT string_agg(DISTINCT p."name", ' ')
           FROM "Appearance" a JOIN "Source" s ON s."id" = a."sourceId" JOIN "Actor" p ON p."id" = s."publisherId"
           WHERE a."claimId" = claim_id), '')), 'B')
      || setweight(to_tsvector('english', coalesce((
           SELECT string_agg(concat_ws(' ', a."attributionPhrase", a."excerpt"), ' ')
           FROM "Appearance" a WHERE a."claimId" = claim_id), '')), 'C')
      || setweight(to_tsvector('english', coalesce((
           SELECT string_agg(n."body", ' ') FROM "Annotation" n WHERE n."claimId" = claim_id AND n."hiddenAt" IS NULL), '')), 'C')
$$;

-- The three-argument form kept for callers that have no claimant at hand: reads the claim's.
CREATE OR REPLACE FUNCTION claimline_claim_search_vector(claim_id text, claim_text text, claim_quote text)
RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT claimline_claim_search_vector(claim_id, claim_text, claim_quote, (SELECT c."claimantId" FROM "Claim" c WHERE c."id" = claim_id))
$$;

CREATE OR REPLACE FUNCTION claimline_claim_search_own() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := claimline_claim_search_vector(NEW."id", NEW."text", NEW."quote", NEW."claimantId");
  RETURN NEW;
END $$;

DROP TRIGGER "Claim_search_own" ON "Claim";
CREATE TRIGGER "Claim_search_own" BEFORE INSERT OR UPDATE OF "text", "quote", "claimantId" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION claimline_claim_search_own();

CREATE OR REPLACE FUNCTION claimline_claim_search_refresh(claim_id text) RETURNS void LANGUAGE sql AS $$
  UPDATE "Claim" SET "searchVector" = claimline_claim_search_vector("id", "text", "quote", "claimantId") WHERE "id" = claim_id
$$;

-- An appearance's attribution phrase and excerpt are searched now: editing them refreshes
-- its claim (claimline_claim_search_from_child, as for a change of source).
DROP TRIGGER "Appearance_search" ON "Appearance";
CREATE TRIGGER "Appearance_search" AFTER INSERT OR DELETE OR UPDATE OF "sourceId", "claimId", "attributionPhrase", "excerpt" ON "Appearance"
  FOR EACH ROW EXECUTE FUNCTION claimline_claim_search_from_child();

-- A source's title or publisher changing (also when its publisher is deleted: SET NULL)
-- refreshes the claims it carried, in one statement.
CREATE OR REPLACE FUNCTION claimline_source_title_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Claim" c SET "searchVector" = claimline_claim_search_vector(c."id", c."text", c."quote", c."claimantId")
  WHERE c."id" IN (SELECT a."claimId" FROM "Appearance" a WHERE a."sourceId" = NEW."id");
  RETURN NULL;
END $$;

DROP TRIGGER "Source_title_search" ON "Source";
CREATE TRIGGER "Source_title_search" AFTER UPDATE OF "title", "publisherId" ON "Source"
  FOR EACH ROW WHEN (OLD."title" IS DISTINCT FROM NEW."title" OR OLD."publisherId" IS DISTINCT FROM NEW."publisherId")
  EXECUTE FUNCTION claimline_source_title_search();

-- Renaming an actor: the claims it made already get their sort key rewritten (migration
-- 20261208300000); the same statement now writes their search vectors too, so each of those
-- rows is rewritten once, not twice.
CREATE OR REPLACE FUNCTION claimline_actor_sort_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Claim" c SET "claimantSortKey" = lower(NEW."name"),
    "searchVector" = claimline_claim_search_vector(c."id", c."text", c."quote", c."claimantId")
  WHERE c."claimantId" = NEW."id";
  RETURN NULL;
END $$;

-- … and the claims carried by the sources it published, in one statement (read from
-- "ClaimPublisher", indexed by publisher). The cost grows with what the outlet carried:
-- docs/benchmarks.md ("Search by names").
CREATE FUNCTION claimline_actor_name_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Claim" c SET "searchVector" = claimline_claim_search_vector(c."id", c."text", c."quote", c."claimantId")
  WHERE c."id" IN (SELECT cp."claimId" FROM "ClaimPublisher" cp WHERE cp."publisherId" = NEW."id");
  RETURN NULL;
END $$;

CREATE TRIGGER "Actor_name_search" AFTER UPDATE OF "name" ON "Actor"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION claimline_actor_name_search();

-- Existing rows.
UPDATE "Claim" SET "searchVector" = claimline_claim_search_vector("id", "text", "quote", "claimantId");
