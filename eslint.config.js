// Lint rules. Layer boundaries (which folder may import what) are checked by
// tests/architecture/layers.test.ts; this file keeps the code free of eval-like calls
// and of DOM globals in the pure layers.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const pureLayers = ["src/model/**", "src/scenario/**", "src/analysis/**", "src/io/**"];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "bench/out/**", "test-results/**", "tmp/**"] }, // as .gitignore
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-script-url": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      eqeqeq: ["error", "always"],
    },
  },
  {
    files: pureLayers,
    rules: {
      "no-restricted-globals": [
        "error",
        ...["window", "document", "navigator", "localStorage", "sessionStorage", "location", "process", "Buffer", "require"].map(
          (name) => ({ name, message: "The pure layers run in Node and in Web Workers: no DOM or Node globals." }),
        ),
      ],
    },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Labels and descriptions are shown as text; never inject HTML.",
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: "Labels and descriptions are shown as text; never inject HTML.",
        },
      ],
    },
  },
  {
    files: ["src/cli/**", "bin/**", "bench/**", "scripts/**", "tests/**", "*.config.{js,ts}"],
    languageOptions: { globals: { ...globals.node } },
  },
);
