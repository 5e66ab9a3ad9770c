import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * True when the field being resolved asks for nothing but `allowed` sub-fields (through fragments
 * and inline fragments too; `__typename` always allowed). Conservative: a field under `@skip` or
 * `@include` counts as asked for. Lets a resolver answer from what it already holds instead of
 * reading the database again (`me { id }` from the authenticated actor).
 */
export function selectsOnly(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, allowed: ReadonlySet<string>): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean => {
    if (!set) return true;
    for (const s of set.selections) {
      if (s.kind === 'Field') {
        if (s.name.value !== '__typename' && !allowed.has(s.name.value)) return false;
      } else if (s.kind === 'InlineFragment') {
        if (!walk(s.selectionSet)) return false;
      } else {
        const name = s.name.value;
        if (seen.has(name)) continue;
        seen.add(name);
        const fragment = info.fragments[name];
        if (!fragment || !walk(fragment.selectionSet)) return false;
      }
    }
    return true;
  };
  return info.fieldNodes.every((node) => walk(node.selectionSet));
}
