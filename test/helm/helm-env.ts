/**
 * Helm for the tests: helm v3 from .tools/helm (scripts/get-helm.mjs) or the PATH. Without it
 * the Helm tests are skipped with a notice, except under CI (CI=true), where they fail: .ci/run
 * installs helm, so a missing one there is a broken install.
 */
// @ts-expect-error: a JavaScript module shared with the scripts
import { findHelm as findHelmJs } from '../../scripts/lib/helm-tools.mjs';

let found: string | null | undefined;
let noticed = false;

/** The helm v3 binary, or undefined (after a one-time notice) when there is none. */
export function helmOrSkip(): string | undefined {
  if (found === undefined) found = (findHelmJs() as string | undefined) ?? null;
  if (found) return found;
  if (process.env['CI'] === 'true') {
    throw new Error('helm v3 is missing under CI: .ci/run must run `node scripts/get-helm.mjs` before the tests');
  }
  if (!noticed) {
    noticed = true;
    console.warn(
      '\n*** NOTICE: helm v3 not found: the Helm tests are SKIPPED. Run `node scripts/get-helm.mjs` to install it into .tools/helm. ***\n',
    );
  }
  return undefined;
}
