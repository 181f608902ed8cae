/**
 * How a Sigma rule's YAML is kept in its MDX body: one fenced code block that no line of the
 * YAML can close early. The import writes it with fenced(); views read it back with unfenced().
 */
export function fenced(text: string, lang: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/^ {0,3}(`{3,}|~{3,})/gm)].map((m) => m[1]!.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}

/** The text inside the outermost fence, or the body itself if it is not fenced. */
export function unfenced(body: string): string {
  const m = /^(`{3,})[^\n]*\n([\s\S]*?)\n\1\s*$/.exec(body.trim());
  return m ? m[2]! : body;
}
