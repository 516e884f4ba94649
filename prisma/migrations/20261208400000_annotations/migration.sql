-- CreateEnum
CREATE TYPE "AnnotationField" AS ENUM ('QUOTE', 'TEXT');

-- CreateEnum
CREATE TYPE "ModerationDecision" AS ENUM ('KEPT', 'HIDDEN', 'EDITED');

-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "anchoredVersion" INTEGER,
ADD COLUMN     "bodyHtml" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "field" "AnnotationField",
ADD COLUMN     "hiddenAt" TIMESTAMP(3),
ADD COLUMN     "hiddenReason" TEXT,
ADD COLUMN     "linkClaimId" TEXT,
ADD COLUMN     "linkUrl" TEXT,
ADD COLUMN     "orphanedAt" TIMESTAMP(3),
ADD COLUMN     "parentId" TEXT,
ADD COLUMN     "positionEnd" INTEGER,
ADD COLUMN     "positionStart" INTEGER;

-- CreateTable
CREATE TABLE "AnnotationFlag" (
    "id" TEXT NOT NULL,
    "annotationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision" "ModerationDecision",
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,

    CONSTRAINT "AnnotationFlag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AnnotationFlag_decidedAt_createdAt_idx" ON "AnnotationFlag"("decidedAt", "createdAt");

-- CreateIndex
CREATE INDEX "AnnotationFlag_annotationId_idx" ON "AnnotationFlag"("annotationId");

-- CreateIndex
CREATE INDEX "Annotation_parentId_idx" ON "Annotation"("parentId");

-- CreateIndex
CREATE INDEX "Annotation_linkClaimId_idx" ON "Annotation"("linkClaimId");

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_linkClaimId_fkey" FOREIGN KEY ("linkClaimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnotationFlag" ADD CONSTRAINT "AnnotationFlag_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnotationFlag" ADD CONSTRAINT "AnnotationFlag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnotationFlag" ADD CONSTRAINT "AnnotationFlag_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: rules the database keeps whatever writes the rows.
-- Selectors are all there (with their field and offsets) or all absent (the whole claim).
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_selector_complete" CHECK (
  ("field" IS NULL AND "selectorExact" IS NULL AND "positionStart" IS NULL AND "positionEnd" IS NULL)
  OR ("field" IS NOT NULL AND "selectorExact" IS NOT NULL AND "selectorPrefix" IS NOT NULL AND "selectorSuffix" IS NOT NULL
      AND "positionStart" >= 0 AND "positionEnd" > "positionStart")
);
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_not_reply_to_itself" CHECK ("parentId" IS NULL OR "parentId" <> "id");

-- Replies are one level deep and on the same claim as their parent.
CREATE FUNCTION claimline_annotation_reply_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE parent_claim text; parent_parent text;
BEGIN
  IF NEW."parentId" IS NULL THEN RETURN NEW; END IF;
  SELECT "claimId", "parentId" INTO parent_claim, parent_parent FROM "Annotation" WHERE "id" = NEW."parentId";
  IF parent_parent IS NOT NULL THEN
    RAISE EXCEPTION 'Annotation_reply_one_level: a reply cannot be replied to' USING ERRCODE = 'check_violation';
  END IF;
  IF parent_claim IS DISTINCT FROM NEW."claimId" THEN
    RAISE EXCEPTION 'Annotation_reply_same_claim: a reply is on its parent''s claim' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Annotation_reply_check" BEFORE INSERT OR UPDATE OF "parentId", "claimId" ON "Annotation"
  FOR EACH ROW EXECUTE FUNCTION claimline_annotation_reply_check();
