import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const first = (text: string) => parseFile('w.txt', Buffer.from(text)).postings[0];

describe("a host's branch town and a town set off after the host", () => {
  it('reads the town after "Sezione di", "sede di" and "sede de"', () => {
    const it1 = first(
      "Assegno di ricerca in fisica dei rivelatori\n\nL'Istituto Kestrel di Fisica, Sezione di Padova, bandisce una selezione per un assegno di ricerca.\n",
    );
    expect(it1?.location?.text).toBe('Padova');
    const it2 = first(
      'Borsa di studio per laureati\n\nIl Centro Kestrel, sede di Trento, bandisce una borsa di studio per attività sui rivelatori.\n',
    );
    expect(it2?.location?.text).toBe('Trento');
    const es = first(
      'Contrato predoctoral en óptica\n\nLa Fundación Kestrel convoca un contrato en su sede de Valencia para el grupo de láseres.\n',
    );
    expect(es?.location?.text).toBe('Valencia');
  });

  it('reads a town between commas right after the host, not one in a list of towns', () => {
    const p = first(
      'Postdoctoral positions in neutrino physics\n\nThe Kestrel Institute of Physics (KIP), Danube Academy of Sciences, Beijing, invites applications for postdoctoral positions.\n',
    );
    expect(p?.location?.text).toBe('Beijing');
    const list = first(
      'Summer school on detectors\n\nLectures will rotate between venues, Rome, Paris, Berlin, and others to be announced by the school committee.\n',
    );
    expect(list?.location).toBeNull();
  });
});

describe('institute names and joint institutes', () => {
  it('keeps an institute "of the" academy it belongs to whole', () => {
    const p = first(
      'Postdoctoral position in detector physics\n\nThe Institute of Physics of the Danube Academy of Sciences (DAS) in Prague invites applications for a postdoctoral position.\n',
    );
    expect(p?.organisation).toBe('Institute of Physics of the Danube Academy of Sciences (DAS)');
  });

  it('still reads a department "of the" university as the university', () => {
    const p = first('Postdoc in optics\n\nThe Department of Physics of the Kestrel University is seeking a postdoc.\n');
    expect(p?.organisation).toBe('Kestrel University');
  });

  it('takes a joint institute, not its parents named in an apposition, as the host', () => {
    const es = first(
      'Contrato postdoctoral en física de partículas\n\nEl Instituto de Física Kestrel (IFK), centro mixto CSIC-Universidad de Danubia, convoca un contrato postdoctoral.\n',
    );
    expect(es?.organisation).toBe('Instituto de Física Kestrel (IFK)');
    const en = first(
      'Postdoctoral Fellow in Cosmology\n\nThe Kestrel Institute for Cosmology, a joint institute of Danube University and the Nordlicht Laboratory, invites applications for a postdoctoral fellow.\n',
    );
    expect(en?.organisation).toBe('Kestrel Institute for Cosmology');
    const fr = first(
      "Post-doctorat en astrophysique (H/F)\n\nLe Laboratoire Kestrel d'Astrophysique, unité mixte de recherche de l'Université de Danube, recrute un post-doctorant.\n",
    );
    expect(fr?.organisation).toBe("Laboratoire Kestrel d'Astrophysique");
  });
});

describe('Turkish header labels', () => {
  it('reads "Pozisyon", "Kurum" and "Şehir" as title, host and place, never a label as a title', () => {
    const p = first(
      'Pozisyon: Doktora Sonrası Araştırmacı (Optik)\nKurum: Kestrel Üniversitesi\nŞehir: İzmir\n\nAranan nitelikler:\n- Fizik alanında doktora\n- Python bilgisi\n\nİletişim: Dr. Ali Demir (ali.demir@kestrel.edu.tr)\n',
    );
    expect(p?.title).toBe('Doktora Sonrası Araştırmacı (Optik)');
    expect(p?.organisation).toBe('Kestrel Üniversitesi');
    expect(p?.location?.text).toBe('İzmir');
    expect(p?.requiredSkills.flatMap((s) => s.skills)).toEqual(['Python']);
    expect(p?.contacts[0]?.name).toBe('Dr. Ali Demir');
  });

  it('reads the longer labels "Pozisyon Adı", "Kurum Adı", "Çalışma yeri" and "Başvuru koşulları"', () => {
    const p = first(
      'Araştırmacı İlanı\n\nPozisyon Adı: Doktora Öğrencisi (Lazer Fiziği)\nKurum Adı: Kestrel Teknoloji Enstitüsü\nÇalışma yeri: Ankara\n\nBaşvuru koşulları:\n- Yüksek lisans mezunu olmak\n',
    );
    expect(p?.title).toBe('Doktora Öğrencisi (Lazer Fiziği)');
    expect(p?.organisation).toBe('Kestrel Teknoloji Enstitüsü');
    expect(p?.location?.text).toBe('Ankara');
    expect(p?.eligibility.map((c) => c.text)).toContain('Yüksek lisans mezunu olmak');
  });
});

describe('a unit at its host', () => {
  it('takes the host after "at" in the hiring subject when it is as broad as the unit', () => {
    const p = first(
      '# Postdoc in Muon Physics\n\nThe Laboratory for Particle Physics at PSI is seeking a postdoc for its muon programme.\n',
    );
    expect(p?.organisation).toBe('PSI');
    const kit = first(
      'Postdoc in Cosmic Rays\n\nThe Institute for Astroparticle Physics (IAP) at KIT invites applications for a postdoctoral researcher.\n',
    );
    expect(kit?.organisation).toBe('KIT');
  });

  it('keeps the unit when what follows "at" is no institution', () => {
    const p = first('Postdoc in Optics\n\nThe Kestrel Institute of Optics at its new building is seeking a postdoc.\n');
    expect(p?.organisation).toBe('Kestrel Institute of Optics');
  });

  it('knows Helmholtz centres and Spanish and French research bodies heading a page', () => {
    expect(
      first('Doktorand (m/w/d) Plasmaphysik\nHelmholtz-Zentrum Dresden-Rossendorf (HZDR)\nArbeitsort: Dresden\n')
        ?.organisation,
    ).toBe('Helmholtz-Zentrum Dresden-Rossendorf (HZDR)');
    expect(
      first('Forschungszentrum Jülich - Job offer\nPhD Position - Neutron Optics\n\nYour Job: build optics.\n')
        ?.organisation,
    ).toBe('Forschungszentrum Jülich');
  });
});
