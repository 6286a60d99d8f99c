import type {Form} from './form.js';
import {numeralAt, stickyAt} from './form.js';
import {alternation, CURRENCY_ADJECTIVES, CURRENCY_ADJECTIVE_WORDS, CURRENCY_CODES_AFTER, CURRENCY_SUFFIX_SIGNS, CURRENCY_WORDS} from './lexicon.js';

const NAMES = [...Object.keys(CURRENCY_WORDS), 'pound', 'pounds'];
// "5 million rubles", "two billion dollars", "10.5 million Australian dollars", "12-cent"
const WORD_AFTER = new RegExp(String.raw`[\s-]?(?:(${alternation(CURRENCY_ADJECTIVE_WORDS, 'iuy')})\s+)?(${alternation(NAMES, 'iuy')})(?![\p{L}])`, 'iuy');
const SIGN_AFTER = new RegExp(String.raw`\s?(${alternation(Object.keys(CURRENCY_SUFFIX_SIGNS), 'uy')})`, 'uy');
const AND = /\s+(?:and\s+)?/iy;
// "5 million USD", "300 EUR": a code after the amount, in capitals
const CODE_AFTER = new RegExp(String.raw`\s?(${alternation(CURRENCY_CODES_AFTER, 'uy')})(?![\p{L}\p{N}])`, 'uy');
// "50p": pence, glued to the digits
const PENCE = /p(?![\p{L}\p{N}'’]|\.?\s?m\b)/uy; // not "7p.m.", "7p m
const CENTS = /\s+cents?(?![\p{L}])/iuy;
const SINGULAR: Record<string, string> = {dollars: 'dollar', francs: 'franc', rupees: 'rupee', pounds: 'pound', pesos: 'peso', kroner: 'krone'};

/** Money: a currency written before the number ("$9.3bn") or named after it ("two billion dollars"). */
export const money: Form = (n, scope, all) => {
  const {text} = scope;
  if (n.currency) return {end: n.end, kind: 'money', unit: n.currency};
  const sign = stickyAt(SIGN_AFTER, text, n.end);
  if (sign) return {end: sign.index + sign[0].length, kind: 'money', unit: CURRENCY_SUFFIX_SIGNS[sign[1]!]!};
  const code = stickyAt(CODE_AFTER, text, n.end);
  if (code) return {end: code.index + code[0].length, kind: 'money', unit: code[1]!};
  if (n.digits && !n.scaled) {
    const p = stickyAt(PENCE, text, n.end);
    // "at 9p" is nine in the evening
    const clock = n.value <= 12 && /\b(?:at|by|until|till|before|after|from|around)\s$/iu.test(text.slice(Math.max(0, n.start - 8), n.start));
    if (p && !clock) return {end: p.index + p[0].length, kind: 'money', unit: 'GBX'};
  }
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
      if (c || (!cents.digits && !/^\s*[\p{L}]/u.test(text.slice(cents.end, cents.end + 2)))) {
        value += cents.value / 100;
        end = c ? c.index + c[0].length : cents.end;
        consumed.push(cents);
      }
    }
  }
  return {end, kind: 'money', unit, value, consumed};
};
