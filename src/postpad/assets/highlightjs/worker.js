// Postpad's highlight.js worker (docs/decisions/0126-hexo-code-with-highlight-js.md).
// One JSON request a line on stdin: {"code", "lang", "prefix"}; one JSON answer a line on stdout:
// {"value"} or {"error"}. It does what hexo-util's highlight() does before the line wrapping:
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

function highlight({ code, lang, prefix }) {
  hljs.configure({ classPrefix: prefix || '' });
  let language = (lang || '').toLowerCase();
  if (!language || !hljs.getLanguage(language)) language = 'plaintext';
  return closeTags(hljs.highlight(code, { language, ignoreIllegals: true }).value);
}

const lines = readline.createInterface({ input: process.stdin });
lines.on('line', line => {
  let answer;
  try {
    answer = { value: highlight(JSON.parse(line)) };
  } catch (err) {
    answer = { error: String(err && err.message || err) };
  }
  process.stdout.write(JSON.stringify(answer) + '\n');
});
