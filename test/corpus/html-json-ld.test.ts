import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const page = (
  ld: string,
  body = '<p>Join our team to build imaging pipelines for the beamline.</p>',
) => `<!DOCTYPE html>
<html><head><title>Careers</title>
<script type="application/ld+json">
${ld}
</script></head>
<body><main>${body}</main></body></html>`;

const job = JSON.stringify(
  {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Scientific Software Developer, X-ray Imaging',
    datePosted: '2027-02-01',
    validThrough: '2027-03-15T23:59:00+01:00',
    hiringOrganization: { '@type': 'Organization', name: 'Northern Light Source' },
    jobLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Lund', addressCountry: 'Sweden' },
    },
  },
  null,
  1,
);

describe("a page's schema.org JobPosting (JSON-LD)", () => {
  it('states the organisation, place, dates, and a title the page does not show', () => {
    const r = parseFile('job.html', Buffer.from(page(job)));
    const p = r.postings[0];
    expect(r.postings).toHaveLength(1);
    expect(p?.title).toBe('Scientific Software Developer, X-ray Imaging');
    expect(p?.organisation).toBe('Northern Light Source');
    expect(p?.location?.text).toBe('Lund, Sweden');
    expect(p?.country).toBe('Sweden');
    // Each fact cited at the line of its key: the deadline in the posting's own calendar day.
    expect(p?.deadline).toMatchObject({ date: '2027-03-15', line: 9 });
    expect(p?.posted).toMatchObject({ date: '2027-02-01', line: 8 });
  });

  it('keeps the title the page shows, and reads it inside an @graph', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, JSON.parse(job)],
    });
    const p = parseFile(
      'job.html',
      Buffer.from(page(graph, '<h1>Imaging Software Developer</h1><p>Build pipelines.</p>')),
    ).postings[0];
    expect(p?.title).toBe('Imaging Software Developer');
    expect(p?.organisation).toBe('Northern Light Source');
  });

  it("takes validThrough only where the page's text states no deadline (a board's expiry may differ)", () => {
    const p = parseFile(
      'job.html',
      Buffer.from(page(job, '<h1>Imaging Software Developer</h1><p>Apply by 28 February 2027.</p>')),
    ).postings[0];
    expect(p?.deadline?.date).toBe('2027-02-28');
  });

  it('reads nothing from a broken block, or from a page of several JobPostings', () => {
    const broken = parseFile('b.html', Buffer.from(page('{"@type": "JobPosting", "validThrough": "2027-03-15"')))
      .postings[0];
    expect(broken?.deadline).toBeNull();
    const two = JSON.stringify([JSON.parse(job), { ...JSON.parse(job), validThrough: '2027-04-01' }]);
    expect(parseFile('t.html', Buffer.from(page(two))).postings[0]?.deadline).toBeNull();
  });
});
