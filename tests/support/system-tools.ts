import { execFileSync } from "node:child_process";

/**
 * Whether a Debian tool a test needs (chromium, xmllint, soffice, pdftoppm) is on PATH.
 * `npm test` installs them first when it can (scripts/system-deps.sh). Where it could not,
 * the test is skipped with a notice — except in CI (CI=true), where a missing tool fails.
 */
export function hasTool(name: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
    return true;
  } catch {
    if (process.env.CI === "true") throw new Error(`${name} is required in CI (scripts/system-deps.sh installs it)`);
    console.warn(`skipping: ${name} is not installed (apt-get install it to run this test)`);
    return false;
  }
}

/** `describe` that runs only when every tool is present. */
export function describeWithTools(tools: string[], name: string, fn: () => void): void {
  const ok = tools.every(hasTool);
  (ok ? describe : describe.skip)(name, fn);
}
