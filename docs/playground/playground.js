// The playground: a small tree of files in memory, rendered live with the browser build of
// kustomize-ts (the global `KustomizeTs` from kustomize-ts.browser.js). No server involved.
(function () {
  'use strict';
  const K = window.KustomizeTs;

  const SAMPLE = {
    'base/kustomization.yaml': [
      'resources:',
      '- deployment.yaml',
      '- service.yaml',
      'labels:',
      '- pairs:',
      '    app: web',
      '  includeSelectors: true',
      '',
    ].join('\n'),
    'base/deployment.yaml': [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  replicas: 1',
      '  template:',
      '    spec:',
      '      containers:',
      '      - name: web',
      '        image: nginx:1.27',
      '        envFrom:',
      '        - configMapRef:',
      '            name: web-config',
      '',
    ].join('\n'),
    'base/service.yaml': [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: web',
      'spec:',
      '  ports:',
      '  - port: 80',
      '',
    ].join('\n'),
    'overlay/kustomization.yaml': [
      'resources:',
      '- ../base',
      'namePrefix: prod-',
      'namespace: shop',
      'images:',
      '- name: nginx',
      '  newTag: "1.27.3"',
      'replicas:',
      '- name: web',
      '  count: 3',
      'configMapGenerator:',
      '- name: web-config',
      '  literals:',
      '  - MODE=production',
      '',
    ].join('\n'),
  };

  const files = new Map(Object.entries(SAMPLE));
  let current = 'overlay/kustomization.yaml';
  let timer;

  const $ = (id) => document.getElementById(id);
  const list = $('files');
  const editor = $('editor');
  const output = $('output');
  const errorBox = $('error');
  const status = $('status');

  function renderList() {
    list.textContent = '';
    for (const path of [...files.keys()].sort()) {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'file';
      b.textContent = path;
      b.dataset.path = path;
      b.setAttribute('aria-current', String(path === current));
      b.addEventListener('click', () => select(path));
      const x = document.createElement('button');
      x.type = 'button';
      x.className = 'remove';
      x.title = `Remove ${path}`;
      x.textContent = '×';
      x.addEventListener('click', () => remove(path));
      li.append(b, x);
      list.append(li);
    }
  }

  function select(path) {
    current = path;
    editor.value = files.get(path) ?? '';
    $('editing').textContent = path;
    renderList();
  }

  function remove(path) {
    files.delete(path);
    if (current === path) current = [...files.keys()].sort()[0] ?? '';
    select(current);
    schedule();
  }

  function addFile() {
    const input = $('new-file');
    const path = input.value.trim().replace(/^\/+/, '');
    if (!path) return;
    if (!files.has(path)) files.set(path, '');
    input.value = '';
    select(path);
    editor.focus();
    schedule();
  }

  /** Builds the tree; returns what the page shows (also used by tests). */
  function render() {
    const fsys = new K.MemoryFs(Object.fromEntries(files));
    const options = { reorder: $('reorder').value, loadRestrictions: $('restrictor').value };
    const t0 = performance.now();
    try {
      const result = K.build(fsys, $('root').value.trim() || '.', options);
      const ms = (performance.now() - t0).toFixed(1);
      output.textContent = result.yaml;
      errorBox.textContent = '';
      errorBox.className = '';
      const warnings = result.warnings.length ? `, ${result.warnings.length} warning(s)` : '';
      status.textContent = `${result.resources.length} resource(s) in ${ms} ms${warnings}`;
      status.className = '';
      return { yaml: result.yaml, error: null };
    } catch (e) {
      const msg = K.isKustomizeError(e) ? K.formatError(e) : String(e && e.stack ? e.stack : e);
      output.textContent = '';
      errorBox.textContent = msg;
      errorBox.className = 'shown';
      status.textContent = K.isKustomizeError(e) ? `error ${e.code}` : 'internal error';
      status.className = 'error';
      return { yaml: null, error: msg, code: e && e.code };
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(render, 120);
  }

  editor.addEventListener('input', () => {
    files.set(current, editor.value);
    schedule();
  });
  $('add-file').addEventListener('click', addFile);
  $('new-file').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') addFile();
  });
  for (const id of ['root', 'reorder', 'restrictor']) $(id).addEventListener('input', schedule);

  window.playground = {
    files: () => Object.fromEntries(files),
    render,
  };
  select(current);
  render();
})();
