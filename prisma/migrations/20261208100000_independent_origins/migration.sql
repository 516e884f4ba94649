-- Independent origins counted by sourcing event, not by outlet (docs/origins.md).

-- CreateEnum
CREATE TYPE "LinkIndependence" AS ENUM ('INDEPENDENT', 'SHARED_ORIGIN', 'UNKNOWN');

-- AlterEnum: the outlet's own unattributed reporting ("The Financial Times reports…").
ALTER TYPE "AttributionKind" ADD VALUE 'OWN_REPORTING';

-- AlterTable
ALTER TABLE "Appearance" ADD COLUMN     "independentlySourced" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ClaimLink" ADD COLUMN     "independence" "LinkIndependence" NOT NULL DEFAULT 'UNKNOWN';
