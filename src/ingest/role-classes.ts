/**
 * Role classes of titles and descriptions ("the top diplomat", "Foreign Minister"), and whether a
 * known person's role fits a description. Pure.
 */
export type RoleClass =
  | 'foreign-minister'
  | 'defence-minister'
  | 'minister'
  | 'prime-minister'
  | 'president'
  | 'leader'
  | 'secretary-general'
  | 'chief'
  | 'diplomat'
  | 'spokesperson'
  | 'deputy'
  | 'ambassador';

const roleCache = new Map<string, Set<RoleClass>>();

/** Role classes named by a role or description text. Pure (memoised: roles repeat across articles). */
export function roleClasses(text: string): Set<RoleClass> {
  const cached = roleCache.get(text);
  if (cached) return cached;
  const computed = computeRoleClasses(text);
  if (roleCache.size < 10_000) roleCache.set(text, computed);
  return computed;
}

function computeRoleClasses(text: string): Set<RoleClass> {
  const t = ` ${text.toLowerCase().replace(/[-‑]/g, ' ')} `;
  const out = new Set<RoleClass>();
  const has = (re: RegExp): boolean => re.test(t);
  if (
    has(
      / foreign (minister|secretary)| minister (of|for) foreign| secretary of state| state secretary| external affairs minister| fm /,
    )
  )
    out.add('foreign-minister').add('minister').add('diplomat');
  if (has(/ def[ea]n[cs]e (minister|secretary)| minister (of|for) def[ea]n[cs]e/))
    out.add('defence-minister').add('minister');
  if (has(/ minister /) && !has(/ prime minister /)) out.add('minister');
  if (has(/ prime minister | premier | pm /)) out.add('prime-minister').add('leader');
  if (has(/ president /) && !has(/ vice president /)) out.add('president').add('leader');
  if (has(/ chancellor /)) out.add('leader');
  if (has(/ secretary general /)) out.add('secretary-general').add('chief');
  if (has(/ chief | head | leader | boss /)) out.add('chief');
  if (has(/ diplomat | envoy | ambassador /)) out.add('diplomat');
  // Foreign ministry and State Department staff (spokespeople included) are diplomats.
  if (has(/ foreign (ministry|office|affairs)| state department| mfa /)) out.add('diplomat');
  if (has(/ ambassador | envoy /)) out.add('ambassador');
  if (has(/ spokes(man|woman|person) | press secretary /)) out.add('spokesperson');
  if (has(/ deputy | vice /)) out.add('deputy');
  return out;
}

const impliedCache = new WeakMap<Set<RoleClass>, Set<RoleClass>>();

/** Classes a role implies (memoised per memoised class set). */
function implied(classes: Set<RoleClass>): Set<RoleClass> {
  let out = impliedCache.get(classes);
  if (!out) {
    out = computeImplied(classes);
    impliedCache.set(classes, out);
  }
  return out;
}

function computeImplied(classes: Set<RoleClass>): Set<RoleClass> {
  const out = new Set(classes);
  if (
    out.has('president') ||
    out.has('prime-minister') ||
    out.has('secretary-general') ||
    out.has('leader')
  )
    out.add('chief').add('leader');
  if (out.has('foreign-minister')) out.add('diplomat').add('minister');
  return out;
}

/** Whether a person with `role`/`affiliation` fits a description. Pure. */
export function roleCompatible(
  description: Set<RoleClass>,
  descAffiliations: readonly string[],
  role: string | null,
  affiliation: string | null,
  roleAffiliations: readonly string[],
): boolean {
  if (!role) return false;
  const cand = implied(roleClasses(role));
  for (const c of description) {
    if (c === 'deputy') {
      if (!cand.has('deputy')) return false;
      continue;
    }
    if (!cand.has(c)) return false;
  }
  if (
    !description.has('deputy') &&
    cand.has('deputy') &&
    (description.has('foreign-minister') || description.has('defence-minister'))
  )
    return false;
  if (descAffiliations.length > 0) {
    const own = new Set([...(affiliation ? [affiliation] : []), ...roleAffiliations]);
    if (!descAffiliations.some((a) => own.has(a))) return false;
  }
  return description.size > 0;
}
