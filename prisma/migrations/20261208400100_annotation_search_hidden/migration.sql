-- Hand-written: a note hidden by a moderator no longer makes its claim findable by its words.
-- Same function as 20261129010000_claim_search, with hidden notes left out; the trigger also
-- fires when a note is hidden or shown again.
CREATE OR REPLACE FUNCTION claimline_claim_search_vector(claim_id text, claim_text text, claim_quote text)
RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', coalesce(claim_text, '') || ' ' || coalesce(claim_quote, '')), 'A')
      || setweight(to_tsvector('english', coalesce((
           SELECT string_agg(DISTINCT s."title", ' ')
           FROM "Appearance" a JOIN "Source" s ON s."id" = a."sourceId"
           WHERE a."claimId" = claim_id), '')), 'B')
      || setweight(to_tsvector('english', coalesce((
           SELECT string_agg(n."body", ' ') FROM "Annotation" n WHERE n."claimId" = claim_id AND n."hiddenAt" IS NULL), '')), 'C')
$$;

DROP TRIGGER "Annotation_search" ON "Annotation";
CREATE TRIGGER "Annotation_search" AFTER INSERT OR DELETE OR UPDATE OF "body", "claimId", "hiddenAt" ON "Annotation"
  FOR EACH ROW EXECUTE FUNCTION claimline_claim_search_from_child();
