import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Store review (`web-ext lint`, AMO) warns on every HTML string our code hands to the DOM. The
 * extension builds its DOM from nodes (createElement, textContent, replaceChildren) and parses article
 * HTML only through DOMPurify (src/core/extract/sanitize.ts), so src/ and entrypoints/ must hold no
 * HTML sink. The check reads the code with TypeScript's parser: a comment or a read of innerHTML is
 * not a sink.
 */

const ROOT = join(import.meta.dirname, '../../..');
const SCANNED = ['src', 'entrypoints'];
const CODE = /\.(?:[cm]?[jt]s|tsx)$/;

/** Properties that parse the HTML string assigned to them. */
const SINK_PROPERTIES = new Set(['innerHTML', 'outerHTML']);
/** Methods that parse an HTML string argument, on any object. */
const SINK_METHODS = new Set(['insertAdjacentHTML', 'createContextualFragment', 'setHTMLUnsafe', 'parseHTMLUnsafe']);
/** document.write and document.writeln (on `document`, `doc`, `this.doc`, `frameDocument`, …). */
const WRITE_METHODS = new Set(['write', 'writeln']);
const DOCUMENT_LIKE = /(?:^|\.)(?:document|doc|\w*Doc(?:ument)?)$/;

interface Sink {
  line: number;
  code: string;
}

function propertyName(node: ts.Expression): string | null {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
    return node.argumentExpression.text;
  }
  return null;
}

/** Each HTML sink in one file's source: an assignment to innerHTML/outerHTML, or a call that parses HTML. */
function htmlSinks(source: string, fileName = 'code.ts'): Sink[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const sinks: Sink[] = [];
  const report = (node: ts.Node) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    sinks.push({ line, code: node.getText(file).split('\n')[0]! });
  };
  const visit = (node: ts.Node) => {
    if (
      ts.isBinaryExpression(node) &&
      (node.operatorToken.kind === ts.SyntaxKind.EqualsToken ||
        node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) &&
      SINK_PROPERTIES.has(propertyName(node.left) ?? '')
    ) {
      report(node);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = propertyName(callee);
      if (name && SINK_METHODS.has(name)) report(node);
      else if (
        name &&
        WRITE_METHODS.has(name) &&
        (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) &&
        DOCUMENT_LIKE.test(callee.expression.getText(file))
      ) {
        report(node);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return sinks;
}

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return CODE.test(entry.name) ? [path] : [];
  });
}

describe('no HTML sinks in the extension', () => {
  it('finds what store review flags, and not reads or comments', () => {
    const source = [
      'el.innerHTML = html;',
      'el.outerHTML = `<b>${x}</b>`;',
      "el['innerHTML'] += more;",
      "el.insertAdjacentHTML('beforeend', html);",
      'document.write(html);',
      'this.doc.writeln(html);',
      'range.createContextualFragment(html);',
      '// el.innerHTML = html; (a comment)',
      'const copy = el.innerHTML;',
      'if (el.innerHTML === before) stream.write(text);',
      "el.textContent = 'innerHTML = x';",
    ].join('\n');
    expect(htmlSinks(source).map((s) => s.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('src/ and entrypoints/ build DOM nodes, never parse HTML strings', () => {
    const files = SCANNED.flatMap((dir) => codeFiles(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((path) =>
      htmlSinks(readFileSync(path, 'utf8'), path).map((s) => `${relative(ROOT, path)}:${s.line}: ${s.code}`),
    );
    expect(found, 'HTML sinks (build nodes instead, or parse through DOMPurify)').toEqual([]);
  });
});
