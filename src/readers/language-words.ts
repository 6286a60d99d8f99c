/**
 * Small word lists per language, written by hand from the languages' grammar and common
 * newspaper usage (not from any page): what leads a byline, what labels a date as the
 * publication or the update time, what joins two names. Keys are ISO 639-1 codes as
 * readers/language.ts returns them. English, and the leads newsparse has always read in any
 * language ("By", "Par", "Por", "Von"), stay in the readers' base patterns; these add the
 * rest only on a page in that language, where a word such as "Door" or "Di" cannot be
 * taken for an English one.
 */
export interface LanguageWords {
  /** Words before the names, as "by" is: "Door Jan Jansen", "Av Anna Berg". */
  leads?: readonly string[];
  /** Labels before a colon, as "Author:" is: "Autor: Hans Meier". */
  labels?: readonly string[];
  /** Words that join two names, as "and" is. */
  joins?: readonly string[];
}

export const LANGUAGE_WORDS: Readonly<Record<string, LanguageWords>> = {
  de: {leads: ['von'], labels: ['autor', 'autorin', 'autoren', 'text'], joins: ['und']},
  fr: {leads: ['par'], labels: ['auteur', 'auteure', 'auteurs', 'texte'], joins: ['et']},
  es: {leads: ['por'], labels: ['autor', 'autora', 'texto', 'redacción'], joins: ['y', 'e']},
  pt: {leads: ['por'], labels: ['autor', 'autora', 'texto', 'redação'], joins: ['e']},
  it: {leads: ['di', 'a cura di'], labels: ['autore', 'autrice', 'testo'], joins: ['e']},
  nl: {leads: ['door'], labels: ['auteur', 'tekst'], joins: ['en']},
  sv: {leads: ['av'], labels: ['författare', 'text'], joins: ['och']},
  nb: {leads: ['av'], labels: ['forfatter', 'tekst'], joins: ['og']},
  da: {leads: ['af', 'av'], labels: ['forfatter', 'tekst'], joins: ['og']},
  pl: {labels: ['autor', 'autorka', 'tekst'], joins: ['i']},
  cs: {labels: ['autor', 'autorka', 'text'], joins: ['a']},
  ro: {leads: ['de'], labels: ['autor', 'text'], joins: ['și', 'si']},
  ru: {leads: ['автор'], labels: ['автор', 'текст', 'авторы'], joins: ['и']},
  uk: {leads: ['автор'], labels: ['автор', 'текст', 'автори'], joins: ['і', 'та']},
  ja: {labels: ['記者', '文', '著者', '筆者']},
  zh: {labels: ['记者', '記者', '文', '作者', '编辑']},
};

/**
 * Date labels, in every language at once: they are read in the few words before a date, where
 * a word in another language does no harm. Each is matched at the end of the text before the
 * date (colon, "le", "am", "on" and the like taken off first).
 */
export const PUBLISHED_WORDS = [
  'published', 'posted', 'created', 'date', 'released', 'issued',
  'veröffentlicht', 'erschienen', 'publiziert', 'publié', 'publiée', 'publicado', 'publicada',
  'pubblicato', 'pubblicata', 'gepubliceerd', 'publicerad', 'publiceret', 'publisert',
  'opublikowano', 'publikováno', 'опубликовано', 'опубликован', 'опубліковано',
  '公開', '掲載', '配信', '发布', '發佈', '發布',
];
export const UPDATED_WORDS = [
  'updated', 'modified', 'last update', 'last updated', 'edited', 'revised',
  'aktualisiert', 'zuletzt aktualisiert', 'geändert', 'mis à jour', 'mise à jour', 'modifié',
  'actualizado', 'actualizada', 'actualización', 'atualizado', 'atualizada', 'atualização',
  'aggiornato', 'aggiornata', 'ultimo aggiornamento', 'bijgewerkt', 'gewijzigd',
  'uppdaterad', 'opdateret', 'oppdatert', 'zaktualizowano', 'aktualizováno',
  'обновлено', 'обновлён', 'обновлен', 'оновлено', '更新',
];

/** `words` as alternatives of a pattern, longest first (so "last updated" wins over "updated"). */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}
