-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR', 'APPROXIMATE');

-- CreateEnum
CREATE TYPE "DisputeStatus" AS ENUM ('OPEN', 'SETTLED', 'STALE');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('PERSON', 'GOVERNMENT_BODY', 'MEDIA_OUTLET', 'ORGANIZATION', 'ANONYMOUS_GROUP');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('NEWS_ARTICLE', 'OFFICIAL_STATEMENT', 'PRESS_BRIEFING', 'READOUT', 'SOCIAL_POST', 'REPORT', 'INTERVIEW', 'OTHER');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('AFFIRMS', 'DENIES', 'QUALIFIES', 'DECLINES_TO_COMMENT', 'CONTEXT');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('ACTIVE', 'RETRACTED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "AttributionKind" AS ENUM ('DIRECT_QUOTE', 'PARAPHRASE', 'ANONYMOUS_SOURCING', 'DOCUMENT', 'RELAYED');

-- CreateEnum
CREATE TYPE "LinkKind" AS ENUM ('DENIES', 'REBUTS', 'CORROBORATES', 'RETRACTS', 'CLARIFIES', 'SUPERSEDES');

-- CreateEnum
CREATE TYPE "AnnotationMotivation" AS ENUM ('COMMENTING', 'QUESTIONING', 'ASSESSING', 'LINKING');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('VIEWER', 'EDITOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE');

-- CreateTable
CREATE TABLE "Dispute" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "proposition" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "status" "DisputeStatus" NOT NULL DEFAULT 'OPEN',
    "affirmLabel" TEXT NOT NULL DEFAULT 'Affirms',
    "denyLabel" TEXT NOT NULL DEFAULT 'Denies',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Dispute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "role" TEXT,
    "country" TEXT,
    "affiliationId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "publisherId" TEXT,
    "url" TEXT,
    "archiveUrl" TEXT,
    "publishedStart" DATE,
    "publishedEnd" DATE,
    "publishedPrecision" "DatePrecision",
    "retrievedStart" DATE,
    "retrievedEnd" DATE,
    "retrievedPrecision" "DatePrecision",
    "language" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "disputeId" TEXT NOT NULL,
    "claimantId" TEXT NOT NULL,
    "stance" "Stance" NOT NULL,
    "text" TEXT NOT NULL,
    "quote" TEXT,
    "madeAtStart" DATE NOT NULL,
    "madeAtEnd" DATE NOT NULL,
    "madeAtPrecision" "DatePrecision" NOT NULL,
    "status" "ClaimStatus" NOT NULL DEFAULT 'ACTIVE',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appearance" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "reportedStart" DATE NOT NULL,
    "reportedEnd" DATE NOT NULL,
    "reportedPrecision" "DatePrecision" NOT NULL,
    "attribution" "AttributionKind" NOT NULL,
    "attributionPhrase" TEXT,
    "viaId" TEXT,
    "excerpt" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Appearance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimLink" (
    "id" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "kind" "LinkKind" NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClaimLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "disputeId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "occurredStart" DATE NOT NULL,
    "occurredEnd" DATE NOT NULL,
    "occurredPrecision" "DatePrecision" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventSource" (
    "eventId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,

    CONSTRAINT "EventSource_pkey" PRIMARY KEY ("eventId","sourceId")
);

-- CreateTable
CREATE TABLE "Annotation" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "motivation" "AnnotationMotivation" NOT NULL DEFAULT 'COMMENTING',
    "body" TEXT NOT NULL,
    "selectorExact" TEXT,
    "selectorPrefix" TEXT,
    "selectorSuffix" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "passwordHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" "AuditAction" NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Dispute_slug_key" ON "Dispute"("slug");

-- CreateIndex
CREATE INDEX "Actor_name_idx" ON "Actor"("name");

-- CreateIndex
CREATE INDEX "Actor_affiliationId_idx" ON "Actor"("affiliationId");

-- CreateIndex
CREATE INDEX "Source_publisherId_idx" ON "Source"("publisherId");

-- CreateIndex
CREATE INDEX "Claim_disputeId_madeAtStart_idx" ON "Claim"("disputeId", "madeAtStart");

-- CreateIndex
CREATE INDEX "Claim_claimantId_madeAtStart_idx" ON "Claim"("claimantId", "madeAtStart");

-- CreateIndex
CREATE INDEX "Claim_madeAtStart_idx" ON "Claim"("madeAtStart");

-- CreateIndex
CREATE INDEX "Appearance_claimId_reportedStart_idx" ON "Appearance"("claimId", "reportedStart");

-- CreateIndex
CREATE INDEX "Appearance_sourceId_idx" ON "Appearance"("sourceId");

-- CreateIndex
CREATE INDEX "Appearance_viaId_idx" ON "Appearance"("viaId");

-- CreateIndex
CREATE INDEX "ClaimLink_toId_idx" ON "ClaimLink"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLink_fromId_toId_kind_key" ON "ClaimLink"("fromId", "toId", "kind");

-- CreateIndex
CREATE INDEX "Event_disputeId_occurredStart_idx" ON "Event"("disputeId", "occurredStart");

-- CreateIndex
CREATE INDEX "EventSource_sourceId_idx" ON "EventSource"("sourceId");

-- CreateIndex
CREATE INDEX "Annotation_claimId_createdAt_idx" ON "Annotation"("claimId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "AuditEntry_entity_entityId_at_idx" ON "AuditEntry"("entity", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_affiliationId_fkey" FOREIGN KEY ("affiliationId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_claimantId_fkey" FOREIGN KEY ("claimantId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_viaId_fkey" FOREIGN KEY ("viaId") REFERENCES "Appearance"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSource" ADD CONSTRAINT "EventSource_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSource" ADD CONSTRAINT "EventSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Invariants Prisma's schema language cannot state (hand-written).
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_madeAt_bounds" CHECK ("madeAtStart" <= "madeAtEnd");
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_reported_bounds" CHECK ("reportedStart" <= "reportedEnd");
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_not_via_itself" CHECK ("viaId" IS NULL OR "viaId" <> "id");
ALTER TABLE "Event" ADD CONSTRAINT "Event_occurred_bounds" CHECK ("occurredStart" <= "occurredEnd");
ALTER TABLE "Source" ADD CONSTRAINT "Source_published_bounds" CHECK ("publishedStart" <= "publishedEnd");
ALTER TABLE "Source" ADD CONSTRAINT "Source_retrieved_bounds" CHECK ("retrievedStart" <= "retrievedEnd");
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_not_to_itself" CHECK ("fromId" <> "toId");
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_version_positive" CHECK ("version" >= 1);
