import { build, formatError, isKustomizeError, MemoryFs } from 'kustomize-ts';

const fs = new MemoryFs({ 'app/kustomization.yaml': 'resources:\n- missing.yaml\n' });
try {
  build(fs, 'app');
} catch (e) {
  if (!isKustomizeError(e)) throw e; // anything else is a bug in kustomize-ts
  console.log(e.code); //          FILE_NOT_FOUND
  console.log(e.file, e.field); // /app/kustomization.yaml [ 'resources', 0 ]
  console.log(formatError(e)); //  file: message (CODE), as the CLI prints it
}
