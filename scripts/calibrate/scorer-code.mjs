// The scorers' own matching code, loaded from shared/eval so that calibration labels are
// right and wrong exactly as the scorers count them (no copy to drift). Each scorer is a
// script with side effects, so only the sections of pure helpers are cut out and loaded.
import fs from 'node:fs';
import path from 'node:path';

function section(file, from, to, names) {
  const src = fs.readFileSync(file, 'utf8');
  const a = src.indexOf(from);
  const b = src.indexOf(to, a + from.length);
  if (a < 0 || b < 0) throw new Error(`calibrate: ${path.basename(file)} has no section "${from}" … "${to}"; the scorer changed, update scripts/calibrate/scorer-code.mjs`);
  const code = `${src.slice(a, b)}\nexport {${names.join(', ')}};\n`;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

export async function loadScorerCode(evalDir) {
  const score = path.join(evalDir, 'score.mjs');
  const quotes = path.join(evalDir, 'score-quotes.mjs');
  const articles = await section(score, '// ---------- normalization ----------', '// ---------- structural checks',
    ['norm', 'normTitle', 'tokens', 'normName', 'multisetF1', 'setF1', 'sameDay']);
  const numeric = await section(score, 'function overlaps(', 'function scoreNumeric(', ['overlaps', 'valueEq']);
  const speakers = await section(quotes, '// ---------- names ----------', 'function newTally(',
    ['speakerMatches', 'goldName', 'piecesOf', 'lenOf', 'overlap', 'maskSum']);
  return {...articles, ...numeric, ...speakers};
}
