// ESLint flat config: typescript-eslint for all code, Microsoft's Office.js rules
// (eslint-plugin-office-addins) for the adapter, React hooks rules for the task pane, and
// import restrictions that keep the layers pointing one way.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const reactHooks = require("eslint-plugin-react-hooks");
const globals = require("globals");

const nodeOnly = ["fs", "fs/*", "node:*", "path", "os", "child_process", "exceljs", "zlib", "stream"];
const uiOnly = ["react", "react-dom", "react-dom/*", "@fluentui/*"];

module.exports = tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "dist-web/",
      "out/",
      "coverage/",
      "bench/tmp/",
      "tests/.tmp/",
      "tests/e2e/screenshots/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The engine is pure: no Office, no DOM, no file system, no UI.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: nodeOnly, message: "src/core is pure: file and Node I/O belong in src/cli." },
            { group: uiOnly, message: "src/core is pure: UI belongs in src/taskpane." },
            { group: ["**/excel/**", "**/cli/**", "**/taskpane/**"], message: "src/core depends on nothing above it." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "window", "document"],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: nodeOnly, message: "The task pane runs in the browser." },
            { group: ["**/excel/**"], message: "The task pane talks to the workbook only through src/port." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    languageOptions: { globals: { ...globals.browser, Office: "readonly", Excel: "readonly" } },
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: [...nodeOnly, ...uiOnly], message: "The adapter only speaks Office.js." }] },
      ],
    },
  },
  {
    files: ["tests/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node, ...globals.jest, ...globals.browser } },
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
