-- Hand-written (issue #8, item 5): search finds the people and the words people type. A
-- claim's vector now also holds its claimant's name, its outlets (the publishers whose sources
-- carried it) and each appearance's attribution phrase and excerpt: "Psaki", "Financial Times",
-- "a senior official" or words of an excerpt find the claim, and "-Psaki" leaves out Psaki's
-- claims.
--
-- Weights: A = the claim's text and quote; B = its claimant's name, its sources' titles and
-- its outlets; C = its appearances' attribution phrases and excerpts, and the bodies of its
-- visible annotations.
--
-- Outlets are in the vector as one token per publisher ('§' || its id: no word the parser
-- makes can contain '§'), not as the words of their names. claimline_search_query finds the
-- publishers whose whole name is in the search (every word of it) and turns each of those
-- words into "the word, or that publisher's token": "Financial Times" finds what the Financial
-- Times carried, "Times" alone does not (nor does "Russia" find everything the 15 Russian
-- ministries published: a word common to many names would otherwise grow the query by one
-- token per name, 100 ms for "Russia" at 100k claims).
-- Renaming an outlet then rewrites no claim: the largest outlets carry a quarter of all claims,
-- and rewriting those took 11 s at 100k claims (docs/benchmarks.md), past the 30 s limit of a
-- write transaction well before 1m. The token has positions 1–16 (it is the last part of the
-- vector, so they follow every other word's), so a quoted name ("New York Times") matches too.
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
           SELECT string_agg(concat_ws(' ', a."attributionPhrase", a."excerpt"), ' ')
           FROM "Appearance" a WHERE a."claimId" = claim_id), '')), 'C')
      || setweight(to_tsvector('english', coalesce((
           SELECT string_agg(n."body", ' ') FROM "Annotation" n WHERE n."claimId" = claim_id AND n."hiddenAt" IS NULL), '')), 'C')
      || setweight(coalesce((
           SELECT string_agg(DISTINCT '''§' || s."publisherId" || ''':1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16', ' ')
           FROM "Appearance" a JOIN "Source" s ON s."id" = a."sourceId"
           WHERE a."claimId" = claim_id AND s."publisherId" IS NOT NULL), '')::tsvector, 'B')
$$;

-- The three-argument form kept for callers that have no claimant at hand: reads the claim's.
CREATE OR REPLACE FUNCTION claimline_claim_search_vector(claim_id text, claim_text text, claim_quote text)
RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT claimline_claim_search_vector(claim_id, claim_text, claim_quote, (SELECT c."claimantId" FROM "Claim" c WHERE c."id" = claim_id))
$$;

-- Actors by the words of their names, for claimline_search_query.
CREATE INDEX "Actor_name_words_idx" ON "Actor" USING GIN (to_tsvector('english', "name"));

-- The search text as a tsquery (websearch syntax: "a phrase", OR, -word), where the words of
-- the name of an actor who published a source, when the search holds all of them, also match
-- that publisher's token.
-- Declared IMMUTABLE although it reads "Actor": the planner then folds it into a constant once
-- per statement and estimates the matches from it, as it did from websearch_to_tsquery (as
-- STABLE it runs once per row in a filter; as a scalar subquery the planner cannot see it and
-- walked the wrong index, 3× slower for a common word). So never use it in an index, a
-- generated column or a prepared statement kept across outlet renames.
CREATE FUNCTION claimline_search_query(q text) RETURNS tsquery LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  matched tsquery := websearch_to_tsquery('english', q);
  words text[] := tsvector_to_array(to_tsvector('english', q));
  word text;
  target tsquery;
  tokens text;
BEGIN
  FOREACH word IN ARRAY words LOOP
    target := ('''' || replace(replace(word, '\', '\\'), '''', '''''') || '''')::tsquery;
    SELECT string_agg('''§' || a."id" || '''', ' | ') INTO tokens
    FROM "Actor" a
    WHERE to_tsvector('english', a."name") @@ target
      AND tsvector_to_array(to_tsvector('english', a."name")) <@ words
      AND EXISTS (SELECT 1 FROM "ActorStats" st WHERE st."actorId" = a."id" AND st."sources" > 0);
    IF tokens IS NOT NULL THEN
      matched := ts_rewrite(matched, target, (target::text || ' | ' || tokens)::tsquery);
    END IF;
  END LOOP;
  RETURN matched;
END $$;

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
-- 20261208300000); the same statement now writes their search vectors too (the claimant's
-- name is in them). The claims an outlet carried hold its token, not its name: nothing to do.
CREATE OR REPLACE FUNCTION claimline_actor_sort_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Claim" c SET "claimantSortKey" = lower(NEW."name"),
    "searchVector" = claimline_claim_search_vector(c."id", c."text", c."quote", c."claimantId")
  WHERE c."claimantId" = NEW."id";
  RETURN NULL;
END $$;

-- Existing rows.
UPDATE "Claim" SET "searchVector" = claimline_claim_search_vector("id", "text", "quote", "claimantId");
