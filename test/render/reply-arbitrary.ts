// fast-check arbitraries of Replies whose every string is drawn from `text`: each renderer's
// property tests feed them the hostile strings of its own platform.
import fc from 'fast-check';
import type { Block, PostingRef, Reply } from '../../src/answers/reply.ts';

export function blockArbitrary(text: fc.Arbitrary<string>, maxFields: number): fc.Arbitrary<Block> {
  const ref: fc.Arbitrary<PostingRef> = fc.record({
    id: text,
    title: text,
    status: fc.constantFrom('open', 'closed', 'unknown'),
    deadline: fc.option(text, { nil: null }),
    source: fc.record({ file: text, line: fc.integer({ min: 1, max: 9999 }) }),
  });
  return fc.oneof(
    fc.record({ kind: fc.constant('heading' as const), text }),
    fc.record({ kind: fc.constant('paragraph' as const), text }),
    fc.record({
      kind: fc.constant('card' as const),
      posting: ref,
      fields: fc.array(fc.record({ label: text, value: text }), { maxLength: maxFields }),
      sections: fc.array(fc.record({ title: text, items: fc.array(text, { maxLength: 4 }) }), { maxLength: 3 }),
    }),
    fc.record({
      kind: fc.constant('list' as const),
      title: fc.option(text, { nil: undefined }),
      items: fc.array(
        fc.record({ posting: fc.option(ref, { nil: undefined }), text, detail: fc.option(text, { nil: undefined }) }),
        { maxLength: 5 },
      ),
    }),
    fc.record({
      kind: fc.constant('eligibility' as const),
      posting: ref,
      result: fc.record({
        verdict: fc.constantFrom('eligible', 'not_eligible', 'unknown'),
        criteria: fc.array(
          fc.record({
            text,
            status: fc.constantFrom('met', 'not_met', 'unknown'),
            why: text,
            line: fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
          }),
          { maxLength: 4 },
        ),
        missing: fc.array(text, { maxLength: 3 }),
      }),
    }),
    fc.record({
      kind: fc.constant('citation' as const),
      source: fc.record({ file: text, line: fc.integer({ min: 1 }) }),
    }),
    fc.record({
      kind: fc.constant('actions' as const),
      actions: fc.array(
        fc.record({
          label: text,
          command: text,
          style: fc.option(fc.constantFrom('primary' as const, 'danger' as const), { nil: undefined }),
        }),
        { maxLength: 30 },
      ),
    }),
  );
}

export function replyArbitrary(
  text: fc.Arbitrary<string>,
  o: { maxBlocks: number; maxFields: number },
): fc.Arbitrary<Reply> {
  return fc.record({
    text,
    blocks: fc.array(blockArbitrary(text, o.maxFields), { maxLength: o.maxBlocks }),
    postings: fc.constant([]),
    suggestions: fc.array(text, { maxLength: 3 }),
  });
}
