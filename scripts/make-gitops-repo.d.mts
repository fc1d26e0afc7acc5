/** Types of scripts/make-gitops-repo.mjs (for the tests). */
export const FIXTURE_REPO_URL: string;
/** Creates the fixture repository in `dir` (created; must be empty). Returns the commit ids c1..c5. */
export function makeGitopsRepo(dir: string): Record<'c1' | 'c2' | 'c3' | 'c4' | 'c5', string>;
