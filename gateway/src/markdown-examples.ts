/** One ```graphql block of a Markdown document, named after the heading it sits under. */
export interface MarkdownExample {
  /** `readme-the-whole-plan`: the document's name, then the heading's slug; `-2`, `-3`… when a heading holds several. */
  name: string;
  query: string;
}

/** `One action: the Intégrate centres (action 1)` → `one-action-the-integrate-centres-action-1`. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The ```graphql examples of a Markdown document. Documented queries are operations clients copy, so the
 * schema check treats them as known operations; naming each after its heading keeps its file findable
 * from the document. Lines inside fences are never taken for headings (a shell comment starts with `#`).
 */
export function graphqlExamples(markdown: string, documentName: string): MarkdownExample[] {
  const examples: MarkdownExample[] = [];
  const perHeading = new Map<string, number>();
  let heading = '';
  let fence: { language: string; lines: string[] } | null = null;
  for (const line of markdown.split('\n')) {
    if (fence) {
      if (line.startsWith('```')) {
        if (fence.language === 'graphql') {
          const count = (perHeading.get(heading) ?? 0) + 1;
          perHeading.set(heading, count);
          const name = [slug(documentName), heading, count > 1 ? String(count) : ''].filter(Boolean).join('-');
          examples.push({ name, query: `${fence.lines.join('\n')}\n` });
        }
        fence = null;
      } else {
        fence.lines.push(line);
      }
    } else if (line.startsWith('```')) {
      fence = { language: line.slice(3).trim(), lines: [] };
    } else if (/^#{1,6} /.test(line)) {
      heading = slug(line.replace(/^#+ /, ''));
    }
  }
  return examples;
}
