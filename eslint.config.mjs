import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/generated/*", "**/generated/prisma/*", "@prisma/client"],
              message: "Prisma is imported only in lib/ data modules.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**/*.ts", "prisma.config.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  globalIgnores([".next/**", "generated/**", "node_modules/**", "data/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
