// The home and the subscribe form, platform-free: which deadlines a person sees, and what the
// form offers and accepts.
import { describe, expect, it } from 'vitest';
import type { Posting } from '../../src/corpus/posting.ts';
import { buildHome, HOME_ITEMS, type HomeInput } from '../../src/home/build-home.ts';
import { readSubscribeForm, subscribeForm } from '../../src/home/subscribe-form.ts';
import { matchesFilter } from '../../src/reminders/filter.ts';
import type { Subscription } from '../../src/store/store.ts';
import { posting } from '../reminders/helpers.ts';

const NOW = new Date('2027-03-01T12:00:00Z');
const TZ = 'Europe/Zurich';

function sub(extra: Partial<Subscription> = {}): Subscription {
  return {
    platform: 'slack',
    channelId: '@UALICE',
    offsets: [7, 1],
    filter: null,
    createdBy: 'UALICE',
    createdAt: NOW.toISOString(),
    ...extra,
  };
}

function input(postings: Posting[], subscription: Subscription | null, extra: Partial<HomeInput> = {}): HomeInput {
  return {
    postings,
    subscription,
    profile: null,
    marks: [],
    now: NOW,
    timeZone: TZ,
    defaultOffsets: [14, 7, 1],
    matches: (p, s) => matchesFilter(p, s.filter),
    ...extra,
  };
}

describe('the home', () => {
  it('asks someone without a subscription to subscribe, the default days ticked', () => {
    const home = buildHome(input([posting('a', '2027-03-05')], null));
    expect(home.items).toEqual([]);
    expect(home.reply.text).toContain('You have no personal reminders yet');
    expect(home.form).toMatchObject({ editing: false, filter: '' });
    expect(home.form.offsets.filter((o) => o.chosen).map((o) => o.days)).toEqual([14, 7, 1]);
  });

  it('lists the upcoming deadlines the subscription is about, soonest first, with days left', () => {
    const postings = [
      posting('later', '2027-04-01'),
      posting('soon', '2027-03-03'),
      posting('past', '2027-02-27'),
      posting('today', '2027-03-01'),
      posting('atlas', '2027-03-02', { experiment: 'ATLAS', title: 'ATLAS trigger developer' }),
      posting('none', null),
      // The instant passed this morning: gone, although its day is today.
      posting('gone', '2027-03-01', {
        deadline: { text: 'by 10:00 CET on 1 March 2027', line: 7, date: '2027-03-01', at: '2027-03-01T09:00:00.000Z' },
      }),
    ];
    const home = buildHome(input(postings, sub({ filter: 'CMS' })));
    expect(home.items.map((i) => [i.posting.id, i.daysLeft])).toEqual([
      ['today', 0],
      ['soon', 2],
      ['later', 31],
    ]);
    expect(home.reply.text).toContain('closes today');
    expect(home.reply.text).toContain('2 days left');
    expect(home.reply.text).toContain(
      'You get a direct message 7 and 1 days before the deadlines of postings matching "CMS".',
    );
    expect(home.form).toMatchObject({ editing: true, filter: 'CMS' });
  });

  it('asks the matcher it is given, so postings named by the subscription count too', () => {
    const named = { ...sub({ filter: null }), postingIds: ['b'] } as Subscription;
    const onlyNamed = (p: Posting, s: Subscription) =>
      ((s as { postingIds?: string[] }).postingIds ?? []).includes(p.id);
    const home = buildHome(
      input([posting('a', '2027-03-05'), posting('b', '2027-03-06')], named, { matches: onlyNamed }),
    );
    expect(home.items.map((i) => i.posting.id)).toEqual(['b']);
    expect(home.reply.text).toContain('1 posting you asked about');
    expect(home.form.postingCount).toBe(1);
  });

  it(`shows ${HOME_ITEMS} deadlines at most and says how many more there are`, () => {
    const many = Array.from({ length: HOME_ITEMS + 3 }, (_, i) =>
      posting(`p${String(i).padStart(2, '0')}`, '2027-03-10'),
    );
    const home = buildHome(input(many, sub()));
    expect(home.reply.postings).toHaveLength(HOME_ITEMS);
    expect(home.reply.text).toContain("And 3 more: say 'deadlines' to see them.");
  });

  it('leaves out what the person applied to or stopped, and says until when one is snoozed', () => {
    const mark = (postingId: string, state: 'applied' | 'stopped' | 'snoozed', until: string | null = null) => ({
      platform: 'slack' as const,
      userId: 'UALICE',
      postingId,
      state,
      until,
      updatedAt: NOW.toISOString(),
    });
    const postings = ['a', 'b', 'c', 'd'].map((id) => posting(id, '2027-03-10'));
    const home = buildHome(
      input(postings, sub(), {
        marks: [mark('a', 'applied'), mark('b', 'stopped'), mark('c', 'snoozed', '2027-03-04')],
      }),
    );
    expect(home.items.map((i) => [i.posting.id, i.snoozedUntil ?? null])).toEqual([
      ['c', '2027-03-04'],
      ['d', null],
    ]);
    expect(home.reply.text).toContain('9 days left, snoozed until 4 March 2027 (2027-03-04)');
    // Each posting's buttons act on it; "stop all" is once.
    const actions = home.reply.blocks.flatMap((b) => (b.kind === 'actions' ? b.actions.map((a) => a.command) : []));
    expect(actions.filter((c) => c === 'forget reminders')).toHaveLength(1);
    expect(actions).toContain('applied d');
    expect(actions).toContain('snooze c 3d');
  });

  it('puts a notice on top when given one', () => {
    const home = buildHome(input([], sub(), { notice: 'Saved.' }));
    expect(home.reply.blocks[1]).toEqual({ kind: 'paragraph', text: 'Saved.' });
    expect(home.reply.text).toContain('No deadline of your postings is coming up.');
  });
});

describe('the subscribe form', () => {
  it('offers the usual days, the defaults and the chosen ones, longest first, at most ten', () => {
    const form = subscribeForm(sub({ offsets: [21, 7] }), [14, 7, 1]);
    expect(form.offsets.map((o) => o.days)).toEqual([30, 21, 14, 7, 3, 1]);
    expect(form.offsets.filter((o) => o.chosen).map((o) => o.days)).toEqual([21, 7]);
    const crowded = subscribeForm(sub({ offsets: [100, 90, 80, 70, 60, 50, 40, 20] }), [14, 7, 1]);
    expect(crowded.offsets).toHaveLength(10);
    expect(crowded.offsets.filter((o) => o.chosen)).toHaveLength(8);
  });

  it('accepts offered days and a filter, and refuses the rest with a reason by field', () => {
    const form = subscribeForm(null, [14, 7, 1]);
    expect(readSubscribeForm(form, { filter: '  CMS \n Python ', offsets: ['1', '14', '14'] })).toEqual({
      ok: true,
      filter: 'CMS Python',
      offsets: [14, 1],
    });
    expect(readSubscribeForm(form, { filter: '', offsets: ['7'] })).toEqual({ ok: true, filter: null, offsets: [7] });
    expect(readSubscribeForm(form, { filter: null, offsets: [] })).toEqual({
      ok: false,
      errors: { offsets: 'Choose at least one day to be reminded on.' },
    });
    expect(readSubscribeForm(form, { filter: 'x'.repeat(201), offsets: ['5'] })).toEqual({
      ok: false,
      errors: { filter: 'A filter is at most 200 characters.', offsets: 'Choose among the days offered.' },
    });
  });
});
