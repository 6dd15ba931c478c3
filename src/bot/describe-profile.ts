// A stored eligibility profile in plain words, one line per kind of fact, for `profile`.
import type { UserFacts } from '../eligibility/index.ts';

const list = (xs: string[] | undefined): string => (xs ?? []).join(', ');

/** The facts as "Label: value" lines; empty when the profile says nothing. */
export function describeProfile(f: UserFacts): string[] {
  const lines: string[] = [];
  if (f.nationalities.length > 0) lines.push(`Nationality: ${list(f.nationalities)}`);
  if (f.degrees.length > 0) lines.push(`Degrees held: ${list(f.degrees)}`);
  if ((f.degreesNotHeld?.length ?? 0) > 0) lines.push(`Degrees not held: ${list(f.degreesNotHeld)}`);
  if ((f.studying?.length ?? 0) > 0) lines.push(`Studying for: ${list(f.studying)}`);
  if (f.yearsExperience !== undefined)
    lines.push(`Professional experience: ${f.yearsExperience} year${f.yearsExperience === 1 ? '' : 's'}`);
  if (f.affiliations.length > 0) lines.push(`Affiliated to: ${list(f.affiliations)}`);
  if (f.notAffiliated.length > 0) lines.push(`Not affiliated to: ${list(f.notAffiliated)}`);
  if ((f.formerEmployers?.length ?? 0) > 0) lines.push(`Worked at before: ${list(f.formerEmployers)}`);
  if (f.earlierContracts.length > 0) lines.push(`Earlier contracts: ${list(f.earlierContracts)}`);
  if ((f.contractsNotHeld?.length ?? 0) > 0) lines.push(`Never had: ${list(f.contractsNotHeld)}`);
  if (f.noEarlierContracts) lines.push('Earlier contracts: none');
  const rtw = Object.entries(f.rightToWork ?? {});
  if (rtw.length > 0)
    lines.push(`Right to work: ${rtw.map(([country, ok]) => `${country} ${ok ? 'yes' : 'no'}`).join(', ')}`);
  if (f.onSite !== undefined) lines.push(`On site full time: ${f.onSite ? 'yes' : 'no (remote only)'}`);
  return lines;
}
