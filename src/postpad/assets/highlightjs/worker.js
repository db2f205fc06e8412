// Postpad's highlight.js worker (docs/decisions/0126-hexo-code-with-highlight-js.md).
// One JSON request a line on stdin: {"code", "lang", "prefix", "auto"}; one JSON answer a line on
// stdout: {"value", "language"} or {"error"}. "auto" with no "lang" is Hexo's auto_detect. It does what hexo-util's highlight() does before the line wrapping:
// plaintext for an unknown language, ignoreIllegals, and spans closed and reopened at each line
// end (closeTags), so Postpad can wrap the lines as Hexo does. It reads no files and no network.
'use strict';
const path = require('path');
const readline = require('readline');
const hljs = require(path.join(__dirname, 'highlight.min.js'));

function closeTags(value) {
  const stack = [];
  return value.split('\n').map(line => {
    const prepend = stack.map(token => `<span class="${token}">`).join('');
    for (const match of line.matchAll(/(<span class="(.*?)">|<\/span>)/g)) {
      if (match[0] === '</span>') stack.shift();
      else stack.unshift(match[2]);
    }
    return prepend + line + '</span>'.repeat(stack.length);
  }).join('\n');
}

function highlight({ code, lang, prefix, auto }) {
  hljs.configure({ classPrefix: prefix || '' });
  let language = (lang || '').toLowerCase();
  if (!language && auto) {
    const found = hljs.highlightAuto(code);
    return { value: closeTags(found.value), language: found.language || '' };
  }
  if (!language || !hljs.getLanguage(language)) language = 'plaintext';
  const found = hljs.highlight(code, { language, ignoreIllegals: true });
  return { value: closeTags(found.value), language: found.language || language };
}

const lines = readline.createInterface({ input: process.stdin });
lines.on('line', line => {
  let answer;
  try {
    answer = highlight(JSON.parse(line));
  } catch (err) {
    answer = { error: String(err && err.message || err) };
  }
  process.stdout.write(JSON.stringify(answer) + '\n');
});
