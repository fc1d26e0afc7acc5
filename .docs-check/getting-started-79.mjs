import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDir } from 'kustomize-ts/node';

const dir = mkdtempSync(join(tmpdir(), 'app-'));
mkdirSync(join(dir, 'app'));
writeFileSync(join(dir, 'app/kustomization.yaml'), 'configMapGenerator:\n- name: settings\n  literals: [mode=fast]\n');

const { yaml } = buildDir(join(dir, 'app'));
process.stdout.write(yaml);
