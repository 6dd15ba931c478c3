// Intent routing: the cue phrases of data/intents.json on many phrasings of each question.
import { describe, expect, it } from 'vitest';
import { classify, type Intent } from '../../src/answers/intents.ts';

const phrasings: Record<Exclude<Intent, 'filler'>, string[]> = {
  help: ['help', 'what can you do?', 'how does this work', 'what can I ask', 'usage'],
  smalltalk: ['hello', 'hi', 'thank you', 'thanks a lot', 'good morning', 'bye'],
  eligibility: [
    'am I eligible?',
    'can I apply for it?',
    'could I apply',
    'do I qualify for the XRootD job',
    'am I qualified',
    'do I meet the criteria',
    'who can apply',
    'is it open to me',
    'would I have a chance',
  ],
  deadline: [
    'when is the deadline?',
    "what's the closing date",
    'by when must I apply',
    'when does the application close?',
    'until when can I send it',
    'what is the cutoff',
  ],
  upcoming: [
    'upcoming deadlines',
    "what's closing soon",
    'next deadlines',
    'deadlines coming up',
    'what is about to close',
  ],
  status: [
    'is it still open?',
    'has it closed',
    'is it still accepting applications',
    'is it expired',
    'is it too late',
  ],
  contact: [
    'who do I contact',
    "who's the hiring manager",
    'whom should I write to',
    'who should I send my CV to',
    'what is the email address',
    'how do I get in touch',
  ],
  salary: [
    "what's the pay like",
    'how much would I earn',
    'what is the stipend',
    "what's the salary range",
    'is it paid',
  ],
  start: ['when can I start', "what's the start date", 'when does it begin', 'when would I join'],
  duration: [
    'how long does it last',
    'is the contract renewable',
    'what is the duration',
    'how many years',
    'how many weeks is the internship',
    'is it a fixed-term contract',
  ],
  location: ['in which city is it', 'where would I work', 'where is it based', 'which country'],
  documents: [
    'what documents do I need',
    'do I need a cover letter',
    'what should I send',
    'how many reference letters',
    'do they want transcripts',
  ],
  skills: [
    'what skills are required',
    'what should I know',
    'what does it need',
    'which programming languages',
    'what is the tech stack',
    'what background do they want',
  ],
  duties: ['what will I be doing', 'what are the tasks', 'what does the job entail', 'what are the responsibilities'],
  workload: ['how many hours a week', 'is it full-time', 'is it part time', 'what is the FTE', 'what percentage'],
  apply: ['how do I apply', 'where do I apply', 'how can I apply', 'what is the application process'],
  show: ['show me the DQM job', 'tell me more about the DQM job', 'details of the XRootD job', 'describe it'],
  search: ['find python jobs', 'look for monitoring', 'is there anything with Kafka'],
  list: ['list the CMS roles', 'list all', 'show all', 'overview'],
  topic: [
    'does it sponsor visas?',
    'will they help with my work permit',
    'is there an age limit',
    'is there a relocation package',
    'do they help with housing?',
    'what about health insurance',
    // Where the work is done is what the posting says of remote work, not its city.
    'is it remote',
    'can I work from home?',
  ],
  remind: [
    'remind me about the XRootD job',
    'please remind me before the DIRAC deadline',
    'can you set a reminder for the DQM shift manager position?',
    'notify me before it closes',
    "don't let me forget the alignment job",
  ],
  follow: [
    'subscribe me to CMS postings',
    'sign me up for new python jobs',
    'keep me posted about openings in France',
    'notify me of new ATLAS positions',
  ],
  'my-reminders': ['what are my reminders?', 'show my reminders', 'which reminders do I have', 'my subscriptions'],
  'forget-reminders': [
    'forget my reminders',
    'stop reminding me',
    'please cancel my reminders',
    'unsubscribe me',
    'no more reminders, thanks',
  ],
  applied: [
    'I applied to the XRootD job',
    "I've already applied",
    'I have applied for the DIRAC position',
    'mark it as applied',
  ],
};

/** The same questions in French, German, Italian and Spanish. */
const otherLanguages: [string, Intent][] = [
  ['aide', 'help'],
  ['Hilfe', 'help'],
  ['merci beaucoup', 'smalltalk'],
  ['grazie mille', 'smalltalk'],
  ['puis-je postuler à ce poste ?', 'eligibility'],
  ['est-ce que je peux postuler au poste de Genève ?', 'eligibility'],
  ['kann ich mich für die Stelle in Hamburg bewerben?', 'eligibility'],
  ['posso candidarmi per questo posto?', 'eligibility'],
  ['¿puedo solicitar el puesto?', 'eligibility'],
  ['quelle est la date limite ?', 'deadline'],
  ['jusqu’à quand puis-je postuler ?', 'deadline'],
  ['bis wann kann ich mich bewerben?', 'deadline'],
  ['qual è la scadenza?', 'deadline'],
  ['¿hasta cuándo puedo solicitar?', 'deadline'],
  ['prochaines échéances', 'upcoming'],
  ['welche Fristen stehen an?', 'upcoming'],
  ['prossime scadenze', 'upcoming'],
  ['¿qué plazos hay?', 'upcoming'],
  ['est-il encore ouvert ?', 'status'],
  ['ist die Stelle noch offen?', 'status'],
  ['è ancora aperto?', 'status'],
  ['¿sigue abierto?', 'status'],
  ['à qui dois-je envoyer mon dossier de candidature ? qui contacter', 'contact'],
  ['wer ist der Ansprechpartner?', 'contact'],
  ['a chi devo mandare la candidatura?', 'contact'],
  ['¿a quién envío mi solicitud?', 'contact'],
  ['quel est le salaire ?', 'salary'],
  ['wie hoch ist das Gehalt?', 'salary'],
  ['quanto paga?', 'salary'],
  ['¿cuál es el sueldo?', 'salary'],
  ['quelle est la date de début ?', 'start'],
  ['wann ist der Arbeitsbeginn?', 'start'],
  ['qual è la data di inizio?', 'start'],
  ['¿cuándo empieza?', 'start'],
  ['quelle est la durée du contrat ?', 'duration'],
  ['wie lange ist die Laufzeit?', 'duration'],
  ['quanto dura il contratto?', 'duration'],
  ['combien de semaines dure le stage ?', 'duration'],
  ['wie viele Wochen dauert das Praktikum?', 'duration'],
  ['¿cuántas semanas son las prácticas?', 'duration'],
  ['¿cuánto dura el contrato?', 'duration'],
  ['où se trouve le poste ?', 'location'],
  ['wo ist der Arbeitsort?', 'location'],
  ['dove si trova la sede?', 'location'],
  ['¿dónde está el puesto?', 'location'],
  ['quelles pièces à fournir ?', 'documents'],
  ['welche Unterlagen brauche ich?', 'documents'],
  ['quali documenti servono per la domanda?', 'documents'],
  ['¿qué documentos hay que enviar?', 'documents'],
  ['quelles compétences sont requises ?', 'skills'],
  ['welche Kenntnisse braucht man?', 'skills'],
  ['quali competenze servono?', 'skills'],
  ['¿qué conocimientos se necesitan?', 'skills'],
  ['quelles sont les missions ?', 'duties'],
  ['was sind die Aufgaben?', 'duties'],
  ['quali sono le mansioni?', 'duties'],
  ['¿cuáles son las tareas?', 'duties'],
  ['est-ce à temps plein ?', 'workload'],
  ['ist es Teilzeit?', 'workload'],
  ['è a tempo pieno?', 'workload'],
  ['¿es a tiempo completo?', 'workload'],
  ['comment postuler ?', 'apply'],
  ['wie bewerbe ich mich?', 'apply'],
  ['come candidarsi?', 'apply'],
  ['¿cómo solicitar?', 'apply'],
  ['le poste parraine-t-il le visa ?', 'topic'],
  ['gibt es eine Altersgrenze?', 'topic'],
  ['rappelle-moi le poste XRootD', 'remind'],
  ['erinnere mich an die Stelle in Hamburg', 'remind'],
  ['ricordami la scadenza del posto DQM', 'remind'],
  ['recuérdame el puesto de Ginebra', 'remind'],
  ['abonne-moi aux offres CMS', 'follow'],
  ['mes rappels', 'my-reminders'],
  ['lösche meine Erinnerungen', 'forget-reminders'],
  ["j'ai déjà postulé", 'applied'],
];

describe('classify: the intent of a question', () => {
  it.each(otherLanguages)('"%s" -> %s', (text, intent) => {
    expect(classify(text).intent).toBe(intent);
  });

  for (const [intent, texts] of Object.entries(phrasings))
    it.each(texts)(`"%s" -> ${intent}`, (text) => {
      expect(classify(text).intent).toBe(intent);
    });

  it('finds no intent in words that only name a posting', () => {
    for (const t of ['the DQM shift manager', 'XRootD', 'CTA DIRAC', '']) expect(classify(t).intent).toBeNull();
  });

  it('a specific question beats show/list/search words', () => {
    expect(classify('show me the salary of the DIRAC job').intent).toBe('salary');
    expect(classify('find the deadline of the XRootD job').intent).toBe('deadline');
    expect(classify('list the contacts').intent).toBe('contact');
  });

  it('eligibility beats the other cues in the same question', () => {
    expect(classify('can I apply to the SKA job? I do not have the right to work in the UK').intent).toBe(
      'eligibility',
    );
    expect(classify('am I eligible for the PhD student position with my salary expectations').intent).toBe(
      'eligibility',
    );
  });

  it('marks the words a cue takes, which then name no posting', () => {
    const c = classify('when is the deadline for the DQM job');
    const taken = c.words.filter((_, i) => c.cue[i]).map((w) => w.norm);
    expect(taken).toContain('deadline');
    expect(taken).not.toContain('dqm');
  });

  it('takes "go" the verb as filler, never as words that name a posting', () => {
    for (const t of ['I want to go to CERN', 'where do I go to apply', "let's go"]) {
      const c = classify(t);
      const go = c.words.findIndex((w) => w.norm === 'go');
      expect(c.cue[go], t).toBe(true);
      expect(c.intent).not.toBe('filler');
    }
    const skill = classify('which positions ask for Go?');
    expect(skill.cue[skill.words.findIndex((w) => w.norm === 'go')]).toBe(false);
  });

  it.each([
    ['which positions need C++?', true],
    ['any job in France?', true],
    ['list the DQM roles', true],
    ['are there CMS openings', true],
    ['what is the job about', false],
    ['show the DQM shift manager', false],
    ['when is the deadline for this position', false],
  ])('"%s" is about a set of postings: %s', (text, plural) => {
    expect(classify(text).plural).toBe(plural);
  });

  it('"remind me what/when ..." asks a question; it sets no reminder', () => {
    expect(classify('remind me when the XRootD deadline is').intent).toBe('deadline');
    expect(classify('remind me who the contact for the DQM job is').intent).toBe('contact');
    expect(classify('remind me what the salary of the DIRAC job is').intent).toBe('salary');
  });

  it('keeps the typographic apostrophe', () => {
    expect(classify('what’s the salary').intent).toBe('salary');
    expect(classify('I’m eligible?').intent).toBe('eligibility');
  });
});
