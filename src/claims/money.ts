import type {Form} from './form.js';
import {numeralAt, stickyAt} from './form.js';
import {alternation, CURRENCY_ADJECTIVES, CURRENCY_ADJECTIVE_WORDS, CURRENCY_SUFFIX_SIGNS, CURRENCY_WORDS} from './lexicon.js';

const NAMES = [...Object.keys(CURRENCY_WORDS), 'pound', 'pounds'];
// "5 million rubles", "two billion dollars", "10.5 million Australian dollars", "12-cent"
const WORD_AFTER = new RegExp(String.raw`[\s-]?(?:(${alternation(CURRENCY_ADJECTIVE_WORDS, 'iuy')})\s+)?(${alternation(NAMES, 'iuy')})(?![\p{L}])`, 'iuy');
const SIGN_AFTER = new RegExp(String.raw`\s?(${alternation(Object.keys(CURRENCY_SUFFIX_SIGNS), 'uy')})`, 'uy');
const AND = /\s+(?:and\s+)?/iy;
const CENTS = /\s+cents?(?!\p{L})/iuy;
const SINGULAR: Record<string, string> = {dollars: 'dollar', francs: 'franc', rupees: 'rupee', pounds: 'pound', pesos: 'peso', kroner: 'krone'};

/** Money: a currency written before the number ("$9.3bn") or named after it ("two billion dollars"). */
export const money: Form = (n, scope, all) => {
  const {text} = scope;
  if (n.currency) return {end: n.end, kind: 'money', unit: n.currency};
  const sign = stickyAt(SIGN_AFTER, text, n.end);
  if (sign) return {end: sign.index + sign[0].length, kind: 'money', unit: CURRENCY_SUFFIX_SIGNS[sign[1]!]!};
  const w = stickyAt(WORD_AFTER, text, n.end);
  if (!w) return null;
  const name = w[2]!.toLowerCase();
  const adjective = w[1]?.toLowerCase();
  const single = SINGULAR[name] ?? name;
  let unit = CURRENCY_WORDS[name] ?? null;
  if (single === 'pound') {
    // "361 million pounds" is money; "25 pounds" is a weight
    if (!n.scaled && !adjective) return null;
    unit = 'GBP';
  }
  if (adjective) unit = CURRENCY_ADJECTIVES[single]?.[adjective] ?? unit;
  let end = w.index + w[0].length;
  let value = n.value;
  const consumed = [];
  // "thirteen dollars and forty-five cents", "3 dollars 50 cents"
  if (single === 'dollar' || single === 'euro') {
    const and = stickyAt(AND, text, end);
    const at = and ? and.index + and[0].length : end;
    const next = numeralAt(all, at);
    const cents = next && next.value < 100 && Number.isInteger(next.value) ? next : undefined;
    if (cents) {
      const c = stickyAt(CENTS, text, cents.end);
      if (c || (!cents.digits && !/^\s*\p{L}/u.test(text.slice(cents.end, cents.end + 2)))) {
        value += cents.value / 100;
        end = c ? c.index + c[0].length : cents.end;
        consumed.push(cents);
      }
    }
  }
  return {end, kind: 'money', unit, value, consumed};
};
