// Valid HTML: html-validate's recommended rules on a built file.
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta ...> without a slash; either style is valid HTML.
    'void-style': 'off',
    // Long official titles are the papers' own.
    'long-title': 'off',
    // HTML allows ids that start with a digit; section permalinks such as #2-proces come from numbered headings.
    'valid-id': ['error', { relaxed: true }],
  },
});

export async function htmlErrors(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => `${name}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`),
  );
}
