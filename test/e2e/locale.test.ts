// Messages in French (issue 15, item 4): `odlint lint fixtures --locale fr` reports the same findings, with the same
// fingerprints and exit code, in French; a baseline written in English holds in French; LANG chooses the language;
// the stylish, Markdown and HTML reports speak it too. Few runs: each lints the whole demo.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAjv } from '../../src/util/ajv.js';
import { cleanupTempDirs, expectNoCrash, makeTempDir, NOW, odlint, REPO_ROOT, type Finding, type Report } from './helpers.js';

afterAll(cleanupTempDirs);

interface Sarif { runs: { results: { partialFingerprints: Record<string, string> }[] }[] }

/** One run writing JSON to stdout and SARIF, stylish and Markdown to files. */
function lintFixtures(args: string[], env: Record<string, string> = {}) {
  const dir = makeTempDir();
  const file = (f: string) => path.join(dir, f);
  const run = odlint(['lint', 'fixtures', '--now', NOW, '-f', 'json', '--output-file', `sarif=${file('r.sarif')}`, '--output-file', `stylish=${file('r.txt')}`, '--output-file', `markdown=${file('r.md')}`, '--output-file', `html=${file('r.html')}`, ...args], { env });
  expectNoCrash(run);
  return {
    run,
    report: JSON.parse(run.stdout) as Report,
    sarif: JSON.parse(readFileSync(file('r.sarif'), 'utf8')) as Sarif,
    stylish: readFileSync(file('r.txt'), 'utf8'),
    markdown: readFileSync(file('r.md'), 'utf8'),
    html: readFileSync(file('r.html'), 'utf8'),
  };
}

/** What a finding is, whatever the language. */
const identity = (f: Finding) => ({ ruleId: f.ruleId, severity: f.severity, file: f.file, line: f.line, column: f.column, field: f.field, messageId: f.messageId, data: f.data });
const fingerprints = (s: Sarif) => s.runs[0]!.results.map((r) => r.partialFingerprints);

describe('odlint lint fixtures --locale fr', () => {
  const en = lintFixtures(['--jobs', '1']);
  const fr = lintFixtures(['--jobs', '1', '--locale', 'fr']);

  it('reports the same findings, in the same order, with the same fingerprints and exit code', () => {
    expect(fr.run.code).toBe(en.run.code);
    expect(fr.run.code).toBe(1);
    expect(fr.report.findings.map(identity)).toEqual(en.report.findings.map(identity));
    expect(fr.report.summary).toEqual(en.report.summary);
    expect(fingerprints(fr.sarif)).toEqual(fingerprints(en.sarif));
    expect(fr.report.locale).toBe('fr');
    const validate = createAjv().compile(JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas', 'report.schema.json'), 'utf8')) as object);
    expect(validate(fr.report), JSON.stringify(validate.errors)).toBe(true);
    expect(en.report).not.toHaveProperty('locale');
    // The engine's internal hint keys never reach a report.
    expect(fr.run.stdout).not.toContain('hintRef');
  });

  it('with French messages and hints', () => {
    const byMessage = (r: Report, id: string) => r.findings.find((f) => f.messageId === id)!;
    expect(byMessage(fr.report, 'missingValue').message).toBe("Le champ 'visits' est obligatoire, mais n'a pas de valeur");
    expect(byMessage(en.report, 'missingValue').message).toBe("Field 'visits' is required but has no value");
    expect(byMessage(fr.report, 'blank').hint).toBe('Supprimez les lignes vides; gardez les notes et les espacements hors du fichier de données');
    // Words of data: the type's expectation; and the type's explanation as hint.
    const visits = fr.report.findings.find((f) => f.messageId === 'notType' && f.line === 5)!;
    expect([visits.message, visits.hint]).toEqual(["'1 234' dans le champ 'visits' n'est pas un entier", "'1 234' utilise une espace comme séparateur de milliers; écrivez 1234 ou déclarez groupChar ' '"]);
    expect(visits.data).toEqual(en.report.findings.find((f) => f.messageId === 'notType' && f.line === 5)!.data);
    // Nested hints: a near miss's reason is translated inside the hint.
    expect(fr.report.findings.map((f) => f.hint)).toContain("'10503214' — vouliez-vous dire '010503214'? (zéros de tête perdus)");
    const translated = fr.report.findings.filter((f, i) => f.message !== en.report.findings[i]!.message);
    expect(translated.length).toBeGreaterThan(fr.report.findings.length * 0.9);
  });

  it('and a French HTML page with the same scores, whose script and its hash do not change with the language', () => {
    expect(fr.html).toContain('<html lang="fr">');
    expect(en.html).toContain('<html lang="en">');
    const headings = (page: string) => [...page.matchAll(/<h2 id="[a-z]+-title">([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings(fr.html)).toEqual(['Vue d&#39;ensemble', 'Tableau de bord par ministère', 'Ruptures de liaison entre ministères', 'Jeux de données', 'Constats par jeu de données']);
    expect(headings(en.html)).toEqual(['Overview', 'Scorecard by department', 'Linking breaks between departments', 'Datasets', 'Findings by dataset']);
    expect(fr.html).toContain('<h3>Calcul de la note : Compliance share, with mandatory metadata as pass or fail <code>odlint-share-2026</code></h3>');
    expect(fr.html).toContain('Par jeu de données et par catégorie (format, licence, actualité, liaison), on part de 100.');
    expect(fr.html).toContain('<span class="score-band">Faible</span>');
    expect(fr.html).toContain('<span class="sev sev-error">erreur</span>');
    // The same numbers in either language.
    const scores = (page: string) => [...page.matchAll(/<span class="score-value">([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(scores(fr.html)).toEqual(scores(en.html));
    const script = (page: string) => /<script>([\s\S]*)<\/script>/.exec(page)![1];
    expect(script(fr.html)).toBe(script(en.html));
    const csp = (page: string) => /script-src ('sha256-[^']+')/.exec(page)![1];
    expect(csp(fr.html)).toBe(csp(en.html));
    // No English sentence of the page is left: each label's English text is absent where French differs.
    for (const english of ['Overall compliance score', 'Search and filter', 'All departments (mean)', 'datasets without findings', 'Generated by odlint']) expect(fr.html, english).not.toContain(english);
  });

  it('and French stylish and Markdown labels', () => {
    expect(fr.stylish).toMatch(/^✖ 57 problèmes \(48 erreurs, 8 avertissements, 1 info\) dans 16 fichiers de 8 jeux de données, par rapport à national-open-data 1\.2\.0\.$/m);
    expect(fr.stylish).toContain('par catégorie : format 33 (29 erreurs), licence 5 (3 erreurs), actualité 4 (2 erreurs), liaison 15 (14 erreurs)');
    expect(fr.stylish).toMatch(/^ {2}14 +avertissement +La ligne est vide {2}format\/blank-row$/m);
    expect(en.stylish).toContain('✖ 57 problems (48 errors, 8 warnings, 1 info) in 16 files in 8 datasets, checked against national-open-data 1.2.0.');
    expect(fr.markdown).toMatch(/^## odlint : ✖ 57 problèmes \(48 erreurs, 8 avertissements, 1 info\) — /m);
    expect(fr.markdown).toContain('| Catégorie | Erreurs | Avertissements | Infos |');
    expect(fr.markdown).toContain('| Ligne | Gravité | Règle | Message |');
    expect(fr.markdown).toContain('| 14 | avertissement | ');
    expect(en.markdown).toContain('| Line | Severity | Rule | Message |');
  });

  it('LANG=fr_CA.UTF-8 chooses French (fr-CA falls back to fr); worker threads give the same report', () => {
    const env = lintFixtures(['--jobs', '2'], { LANG: 'fr_CA.UTF-8', ODLINT_SPLIT_MIN_BYTES: '1' });
    expect(env.run.stdout).toBe(fr.run.stdout);
    expect(env.stylish).toBe(fr.stylish);
  });
});

describe('a baseline written in English', () => {
  it('holds with --locale fr (exit 0), and an unknown language falls back to English with a notice', () => {
    const dir = makeTempDir();
    const baseline = path.join(dir, 'baseline.json');
    const written = odlint(['lint', 'fixtures', '--now', NOW, '--baseline-write', baseline]);
    expect(written.code).toBe(0);
    const french = odlint(['lint', 'fixtures', '--now', NOW, '--baseline', baseline, '--locale', 'fr']);
    expectNoCrash(french);
    expect(french.code).toBe(0);
    expect(french.stdout).toMatch(/^✔ Aucun nouveau problème dans 16 fichiers de 8 jeux de données/m);
    expect(french.stdout).toContain('57 constats masqués par la base de référence');
    // The baseline keeps English examples: its file does not depend on the language it was written in.
    expect(readFileSync(baseline, 'utf8')).toContain("Field 'visits' is required but has no value");

    const config = path.join(dir, '.odlintrc.yaml');
    writeFileSync(config, 'locale: xh\n');
    const xhosa = odlint(['lint', 'fixtures', '--now', NOW, '--baseline', baseline, '--config', config]);
    expect(xhosa.code).toBe(0);
    expect(xhosa.stderr).toContain("there are no messages in 'xh' (the standard has en, fr), so they are in English");
    expect(xhosa.stdout).toMatch(/^✔ No new problems: 16 files in 8 datasets checked against/m);
  });
});
