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

/** A fenced block of a Markdown document, with the heading it sits under. */
export interface MarkdownFence {
  /** What follows the opening backticks: the language, and anything after it (`graphql token=SALUD`). */
  info: string;
  body: string;
  /** The heading's text, as written. */
  heading: string;
  /** 0-based lines of the opening and closing fences. */
  first: number;
  last: number;
}

/**
 * The fenced blocks of a Markdown document, in order. Lines inside fences are never taken for headings
 * (a shell comment starts with `#`). The documentation tests and the schema check read examples with it.
 */
export function markdownFences(markdown: string): MarkdownFence[] {
  const lines = markdown.split('\n');
  const fences: MarkdownFence[] = [];
  let heading = '';
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.startsWith('```')) {
      const first = index;
      const body: string[] = [];
      while (++index < lines.length && !lines[index]!.startsWith('```')) body.push(lines[index]!);
      fences.push({ info: line.slice(3).trim(), body: body.join('\n'), heading, first, last: index });
    } else if (/^#{1,6} /.test(line)) {
      heading = line.replace(/^#+ /, '');
    }
  }
  return fences;
}

/**
 * The ```graphql examples of a Markdown document. Documented queries are operations clients copy, so the
 * schema check treats them as known operations; naming each after its heading keeps its file findable
 * from the document.
 */
export function graphqlExamples(markdown: string, documentName: string): MarkdownExample[] {
  const perHeading = new Map<string, number>();
  return markdownFences(markdown)
    .filter((fence) => fence.info === 'graphql')
    .map((fence) => {
      const heading = slug(fence.heading);
      const count = (perHeading.get(heading) ?? 0) + 1;
      perHeading.set(heading, count);
      const name = [slug(documentName), heading, count > 1 ? String(count) : ''].filter(Boolean).join('-');
      return { name, query: `${fence.body}\n` };
    });
}
