import { describe, expect, it } from 'vitest';
import { extractDegree } from '../../src/facts/degree.ts';
import { entry } from './entry.ts';

const degreeOf = (...lines: string[]) => extractDegree(lines.map((t, i) => entry(t, { line: i + 1 })));

describe('the minimum degree', () => {
  it('reads a required PhD in many phrasings', () => {
    expect(degreeOf('Applicants must hold a doctorate in astronomy.')).toBe('phd');
    expect(degreeOf('A Ph.D. in chemistry or a related discipline is required.')).toBe('phd');
    expect(degreeOf('You should have received your Ph. D. degree before starting.')).toBe('phd');
    expect(degreeOf('PhD in physics or related field')).toBe('phd');
    expect(degreeOf("Titulaire d'un doctorat en physique")).toBe('phd');
    expect(degreeOf('Sie haben eine abgeschlossene Promotion in Physik.')).toBe('phd');
    expect(degreeOf('Candidates need ten years of experience after the PhD.')).toBe('phd');
    expect(degreeOf('The position cannot start until the fellow is in receipt of the PhD degree.')).toBe('phd');
  });
  it('reads master and bachelor requirements in several languages', () => {
    expect(degreeOf("Applicants hold or will soon obtain a Master's degree in physics.")).toBe('master');
    expect(degreeOf('Requisito: Laurea Magistrale in Fisica o titolo equivalente')).toBe('master');
    expect(degreeOf('Voraussetzung ist ein abgeschlossenes Diplom in Informatik.')).toBe('master');
    expect(degreeOf('You have a bachelor degree or higher in computing.')).toBe('bachelor');
    expect(degreeOf('A BSc in engineering is required.')).toBe('bachelor');
  });
  it('takes the lowest of alternatives', () => {
    expect(degreeOf("Your highest qualification is either a bachelor's or master's degree.")).toBe('bachelor');
    expect(degreeOf('You hold a PhD in a natural science, or a master in engineering with relevant experience.')).toBe(
      'master',
    );
    expect(degreeOf('You must have a bachelor degree or higher (a PhD is not mandatory).')).toBe('bachelor');
  });
  it('does not take an excluded, studied or taught degree for the requirement', () => {
    expect(degreeOf('Applicants with a PhD are not eligible.')).toBeNull();
    expect(degreeOf('You are a student of a Bachelor’s or Master’s degree (non-doctorate).')).toBeNull();
    expect(degreeOf('Your stay is part of the thesis work required to obtain your PhD.')).toBeNull();
    expect(degreeOf('Fellows teach lectures for bachelor and master degree subjects.')).toBeNull();
    expect(degreeOf('We offer 12 PhD positions in data science.')).toBeNull();
    expect(degreeOf('The PhD in Physics is organised in three curricula.')).toBeNull();
    expect(degreeOf('Promotion of our science at meetings is part of the job.')).toBeNull();
    expect(degreeOf('No degree is mentioned here.')).toBeNull();
  });
  it('says nothing when an alternative degree has no known level', () => {
    expect(degreeOf('You hold an engineering degree or a PhD in physics.')).toBeNull();
    expect(degreeOf("You hold a Master's degree or a PhD in physics.")).toBe('master');
  });
  it('requires none when experience may stand in for the degree', () => {
    expect(degreeOf('You must hold a PhD or have relevant experience.')).toBeNull();
  });
  it("reads a bachelor's from enrolled master's students", () => {
    expect(degreeOf("The internship is open to master's students in physics.")).toBe('bachelor');
  });
  it('ignores headings', () => {
    expect(extractDegree([entry('PhD in Physics - 2027 call', { kind: 'heading' })])).toBeNull();
  });
  it('reads a completed German degree programme', () => {
    expect(degreeOf('Ihr Profil: abgeschlossenes Masterstudium in Physik.')).toBe('master');
    expect(degreeOf('Sie bringen ein abgeschlossenes Hochschulstudium (Master oder vergleichbar) mit.')).toBe('master');
    expect(degreeOf('Mit abgeschlossenem Diplomstudium der Elektrotechnik.')).toBe('master');
    expect(degreeOf('Voraussetzung ist ein abgeschlossenes Bachelorstudium.')).toBe('bachelor');
    expect(degreeOf('Sie studieren derzeit im Masterstudium Physik.')).toBeNull();
    expect(degreeOf('Sie haben ein abgeschlossenes Hochschulstudium der Physik.')).toBeNull();
  });
  it('reads Turkish degrees by the words after them', () => {
    expect(degreeOf('Adayların fizik alanında lisans derecesine sahip olması gerekmektedir.')).toBe('bachelor');
    expect(degreeOf('En az lisans mezunu olmak')).toBe('bachelor');
    expect(degreeOf('Başvuru koşulları: Yüksek lisans mezunu olmak')).toBe('master');
    expect(degreeOf('Fizik alanında doktora derecesine sahip olmak')).toBe('phd');
    expect(degreeOf('Doktora yapmış olmak gerekir.')).toBe('phd');
    expect(degreeOf('Doktora sonrası araştırmacı pozisyonu')).toBe('phd');
    expect(degreeOf('Yüksek lisans öğrencileri başvurabilir.')).toBe('bachelor');
  });
  it('does not read a Turkish degree studied for or a software licence', () => {
    expect(degreeOf('Doktora öğrencisi aranıyor.')).toBeNull();
    expect(degreeOf('Lisans öğrencileri staj programına başvurabilir.')).toBeNull();
    expect(degreeOf('Yazılım lisansı sağlanacaktır.')).toBeNull();
  });
  it('reads the French M2 and Bac+5, the Spanish Grado and Portuguese degrees', () => {
    expect(degreeOf("Titulaire d'un M2 ou diplôme d'ingénieur")).toBe('master');
    expect(degreeOf('Diplôme requis : Master 2 (Bac+5)')).toBe('master');
    expect(degreeOf('Niveau exigé : Bac+5 en informatique')).toBe('master');
    expect(degreeOf('Requisitos: estar en posesión del título de Grado en Física')).toBe('bachelor');
    expect(degreeOf('Requisito: mestrado em Física ou áreas afins')).toBe('master');
    expect(degreeOf('Requisiti: laurea di secondo livello in Fisica')).toBe('master');
  });
  it('does not take "in grado di", an office in m2 or M2 students for a degree', () => {
    expect(degreeOf('Il candidato deve essere in grado di lavorare in gruppo.')).toBeNull();
    expect(degreeOf('Grado de dedicación: completa')).toBeNull();
    expect(degreeOf('Surface: 40 m2 per office')).toBeNull();
    expect(degreeOf('Candidates in M2 may apply for the internship')).toBeNull();
  });
  it('takes the higher of two degrees an "and" requires together', () => {
    expect(degreeOf('Requisitos: estar en posesión del título de Grado en Física y de un Máster universitario.')).toBe(
      'master',
    );
    expect(degreeOf('Abgeschlossenes Hochschulstudium (Diplom/Master) und Promotion in Physik.')).toBe('phd');
    expect(degreeOf('Applicants must hold a BSc in physics and an MSc in computing.')).toBe('master');
    expect(degreeOf("Titulaire d'une licence en physique et d'un master en informatique.")).toBe('master');
    expect(degreeOf('Requisiti: laurea triennale in Fisica e laurea magistrale in Fisica.')).toBe('master');
    expect(degreeOf("You hold a bachelor's or master's degree in physics.")).toBe('bachelor');
  });
});
