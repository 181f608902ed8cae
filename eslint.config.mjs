// ESLint 9 flat config. eslint-config-next 16 exports ready-made flat-config
// *arrays* (CJS `module.exports = [...]`), so they are spread, not `extends`-ed.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // One link component: components/ui/Link turns off viewport prefetching (see its comment).
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["components/ui/Link.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use '@/components/ui/Link' (a plain <a> with the base path; pages ship no client router)." }] }],
    },
  },
  // CommonJS by necessity (loaded with `node --require`): require() is how it imports.
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  // Generated output, imported data and test artefacts are not source.
  globalIgnores([
    ".next/**",
    "out/**",
    ".snapshot-out/**",
    "build/**",
    "content/**",
    "node_modules/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
