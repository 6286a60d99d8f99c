import {describe, expect, it} from 'vitest';
import {franc} from 'franc';
import {plainLanguage} from '../../src/readers/function-words.js';
import {detectLanguage} from '../../src/readers/language.js';

// invented prose, a paragraph or two in each language
const SAMPLES: Record<string, string> = {
  en: 'The city council said on Tuesday that it would delay the vote on the new budget until the end of the month. The mayor, who has been in office for two years, told reporters that the plan was not ready and that residents had asked for more time to read it.',
  de: 'Der Stadtrat hat am Dienstag beschlossen, die Abstimmung über den neuen Haushalt auf das Ende des Monats zu verschieben. Die Bürgermeisterin sagte, der Plan sei noch nicht fertig, und die Bürger hätten um mehr Zeit gebeten, um ihn zu lesen.',
  fr: "Le conseil municipal a décidé mardi de reporter le vote sur le nouveau budget à la fin du mois. La maire a déclaré que le plan n'était pas prêt et que les habitants avaient demandé plus de temps pour le lire.",
  es: 'El consejo municipal decidió el martes aplazar la votación sobre el nuevo presupuesto hasta el final del mes. La alcaldesa dijo que el plan no estaba listo y que los vecinos habían pedido más tiempo para leerlo.',
  pt: 'A câmara municipal decidiu na terça-feira adiar a votação do novo orçamento para o fim do mês. A prefeita disse que o plano não estava pronto e que os moradores pediram mais tempo para o ler com calma.',
  it: 'Il consiglio comunale ha deciso martedì di rinviare il voto sul nuovo bilancio alla fine del mese. La sindaca ha detto che il piano non era pronto e che i cittadini avevano chiesto più tempo per leggerlo.',
  nl: 'De gemeenteraad heeft dinsdag besloten de stemming over de nieuwe begroting uit te stellen tot het einde van de maand. De burgemeester zei dat het plan nog niet klaar was en dat de inwoners om meer tijd hadden gevraagd.',
  da: 'Byrådet besluttede tirsdag at udskyde afstemningen om det nye budget til slutningen af måneden. Borgmesteren sagde, at planen ikke var klar, og at borgerne havde bedt om mere tid til at læse den.',
  sv: 'Kommunfullmäktige beslutade på tisdagen att skjuta upp omröstningen om den nya budgeten till slutet av månaden. Kommunalrådet sade att planen inte var klar och att invånarna hade bett om mer tid för att läsa den.',
};

describe('plainLanguage: the function-word shortcut before franc', () => {
  it('tells plain English and German prose', () => {
    expect(plainLanguage(SAMPLES.en!)).toBe('en');
    expect(plainLanguage(SAMPLES.de!)).toBe('de');
  });

  it('leaves every neighbouring language to franc', () => {
    for (const code of ['fr', 'es', 'pt', 'it', 'nl', 'da', 'sv']) expect(plainLanguage(SAMPLES[code]!), code).toBeNull();
  });

  it('leaves short and mixed samples to franc', () => {
    expect(plainLanguage('The vote was delayed to the end of the month.')).toBeNull();
    // half English, half Spanish: too many of the neighbours' words
    expect(plainLanguage(`${SAMPLES.en!.slice(0, 130)} ${SAMPLES.es!.slice(0, 130)}`)).toBeNull();
    // English words, but accents on many of them: not plain English
    expect(plainLanguage(SAMPLES.en!.replace(/e/g, 'é'))).toBeNull();
  });

  it('answers as franc does wherever it answers', () => {
    const only = ['eng', 'deu', 'fra', 'spa', 'por', 'ita', 'nld', 'dan', 'swe', 'nob'];
    const iso: Record<string, string> = {eng: 'en', deu: 'de'};
    for (const text of Object.values(SAMPLES)) {
      const plain = plainLanguage(text);
      if (plain) expect(iso[franc(text, {only, minLength: 40})]).toBe(plain);
    }
  });

  it('gives detectLanguage the same answer with and without the shortcut', () => {
    expect(detectLanguage([SAMPLES.en!])).toBe('en');
    expect(detectLanguage([SAMPLES.de!])).toBe('de');
    expect(detectLanguage([SAMPLES.fr!])).toBe('fr');
  });
});
