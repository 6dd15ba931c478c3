// Which states were CERN Member (or Associate Member) States on a given day, from the accession
// dates in data/cern-states.json: a state that joined in 2024 does not count in 2020.
import cern from './data/cern-states.json' with { type: 'json' };

interface History {
  country: string;
  member?: string;
  associate?: string;
  preStage?: string;
  left?: string;
}
const HISTORY = cern.history as History[];

export type CernGroup = 'member' | 'member_or_associate';

/** The states in `group` on `day` (YYYY-MM-DD). */
export function cernStatesOn(day: string, group: CernGroup): string[] {
  const out: string[] = [];
  for (const h of HISTORY) {
    if (h.left && h.left <= day) continue;
    const member = h.member !== undefined && h.member <= day;
    const associate =
      (h.associate !== undefined && h.associate <= day) || (h.preStage !== undefined && h.preStage <= day);
    if (member || (group === 'member_or_associate' && associate)) out.push(h.country);
  }
  return out;
}

/** The status of a state on `day`, in words, for a reason ("an Associate Member State since 2024-03-13"). */
export function cernStatusOn(country: string, day: string): string {
  const h = HISTORY.find((x) => x.country === country);
  if (!h) return 'not a CERN Member or Associate Member State';
  if (h.member && h.member <= day) return `a CERN Member State (since ${h.member})`;
  if (h.preStage && h.preStage <= day)
    return `a CERN Associate Member State in the pre-stage to membership (since ${h.preStage})${h.member ? `, a Member State only from ${h.member}` : ''}`;
  if (h.associate && h.associate <= day) return `a CERN Associate Member State (since ${h.associate})`;
  const first = [h.member, h.associate, h.preStage].filter((x): x is string => !!x).sort()[0];
  return first ? `not yet a CERN Member or Associate Member State on ${day} (from ${first})` : 'not a CERN state';
}
