/**
 * kyaml's field-path splitters, shared by every consumer of field paths: fieldSpec paths
 * (`spec/template/metadata/labels`, split on `/`), replacement and var paths
 * (`spec.containers.[name=app].image`, split on `.`).
 * @see kustomize kyaml/utils/pathsplitter.go
 */

/**
 * kyaml's PathSplitter: splits on `delimiter`; a backslash before a delimiter escapes it. One
 * leading delimiter is allowed and dropped (`/metadata/annotations`, `.spec.replicas`), as long
 * as something follows it: `//a` still starts with an empty part.
 */
export function pathSplitter(path: string, delimiter: string): string[] {
  let ps = path.split(delimiter);
  if (ps[0] === '' && ps.length > 1) ps = ps.slice(1);
  const res: string[] = [ps[0]!];
  for (let i = 1; i < ps.length; i++) {
    const last = res.length - 1;
    if (res[last]!.endsWith('\\')) res[last] = res[last]!.slice(0, -1) + delimiter + ps[i]!;
    else res.push(ps[i]!);
  }
  return res;
}

/**
 * kyaml's SmarterPathSplitter: like {@link pathSplitter}, but a bracketed part spanning
 * delimiters stays whole; `[k=v]` keeps its brackets (a list selector), `[a.b]` loses them (a
 * map key). A bracketed part without a delimiter inside (`[b]`) is left as it is.
 */
export function smarterPathSplitter(path: string, delimiter: string): string[] {
  const result: string[] = [];
  const split = pathSplitter(path, delimiter);
  for (let i = 0; i < split.length; i++) {
    const elem = split[i]!;
    if (elem.startsWith('[') && !elem.endsWith(']')) {
      const bracketed = [elem];
      while (i < split.length - 1) {
        i++;
        bracketed.push(split[i]!);
        if (split[i]!.endsWith(']')) break;
      }
      const s = bracketed.join(delimiter);
      result.push(s.includes('=') ? s : trimBrackets(s));
    } else {
      result.push(elem);
    }
  }
  return result;
}

/** Go's strings.Trim(s, "[]"). */
function trimBrackets(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === '[' || s[a] === ']')) a++;
  while (b > a && (s[b - 1] === '[' || s[b - 1] === ']')) b--;
  return s.slice(a, b);
}
