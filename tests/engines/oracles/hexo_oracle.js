#!/usr/bin/env node
// Hexo oracle for Postpad's engine tests: asks the real Hexo (through its JS API) what it read.
//
//   node hexo_oracle.js build  SITE_DIR OUT.json   generate the site, dump every post as JSON
//   node hexo_oracle.js render SITE_DIR OUT.json   read {name: markdown} JSON on stdin and write
//                                                  {name: {html} | {error}} rendered exactly as a
//                                                  post body (marked + tag plugins + Nunjucks)
//
// Results go to OUT.json so that Hexo's own log lines (stdout/stderr) can never corrupt them.
// Hexo logs "ERROR Process failed" and drops a post yet exits 0, so errors are collected too.
'use strict';

const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const [mode, siteDir, outFile] = process.argv.slice(2);
if (!['build', 'render'].includes(mode) || !siteDir || !outFile) {
  process.stderr.write('usage: hexo_oracle.js build|render SITE_DIR OUT.json\n');
  process.exit(64);
}
const base = path.resolve(siteDir);
const Hexo = createRequire(path.join(base, 'package.json'))('hexo');
const hexo = new Hexo(base, { silent: true });
const siteExternalLink = createRequire(path.join(base, 'package.json'))(
  'hexo/dist/plugins/filter/after_render/external_link');

// Keep every warning and error Hexo logs, whatever the log level, with its arguments as text.
const logged = [];
for (const level of ['warn', 'error', 'fatal']) {
  const original = hexo.log[level].bind(hexo.log);
  hexo.log[level] = (...args) => {
    logged.push({ level, message: args.map(describe).join(' ') });
    return original(...args);
  };
}

function describe(value) {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'object' && value !== null) {
    try { return JSON.stringify(value); } catch (_) { return String(value); }
  }
  return String(value);
}

function categoryPath(category) {
  const Category = hexo.model('Category');
  const names = [];
  let node = category;
  while (node) {
    names.unshift(node.name);
    node = node.parent ? Category.findById(node.parent) : null;
  }
  return names;
}

// Front-matter keys a post may carry; everything else Hexo adds (content, raw, …) is left out.
const SKIPPED = new Set(['content', '_content', 'raw', 'excerpt', 'more', 'site', 'tags',
  'categories', '__permalink', 'photos', 'link', 'full_source', 'asset_dir', 'prev', 'next']);

function dumpPost(post) {
  const fields = {};
  for (const key of Object.keys(post.toObject())) {
    const value = post[key];  // the live value: toObject() strips moment's prototype
    if (SKIPPED.has(key) || key.startsWith('_') || typeof value === 'function') continue;
    fields[key] = value && typeof value.toISOString === 'function' ? value.toISOString() : value;
  }
  return {
    source: post.source,
    path: post.path,
    title: post.title,
    date: post.date.toISOString(),
    published: post.published,
    tags: post.tags.map(tag => tag.name),
    categories: post.categories.map(categoryPath),
    cover: post.cover === undefined ? { undefined: true } : post.cover,
    fields,
    render_error: renderErrors.get(post.source) || null,
  };
}

// A post whose body fails to render (an unknown tag, a post_link to a missing post) is kept
// with an empty body and its error, so one post cannot stop the others (decision 0083).
const renderErrors = new Map();
function keepGoingOnRenderErrors() {
  const render = hexo.post.render.bind(hexo.post);
  hexo.post.render = async (source, data) => {
    try {
      return await render(source, data);
    } catch (err) {
      const message = describe(err);
      renderErrors.set(data.source, message);
      logged.push({ level: 'error', message: `render ${data.source}: ${message}` });
      data.content = '';
      return data;
    }
  };
}

// Stand-ins for theme/plugin tags the corpus posts use (postpad_stub_tags.json, decision 0083):
// registered only when no installed plugin provides the tag.
function registerStubTags() {
  const file = path.join(base, 'postpad_stub_tags.json');
  if (!fs.existsSync(file)) return;
  const { tags, ends } = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const name of tags) {
    if (hexo.extend.tag.env.hasExtension(name) || ['raw', 'endraw'].includes(name)) continue;
    if (name.startsWith('end') && tags.includes(name.slice(3))) continue;
    const block = ends.includes(name);
    const render = content => hexo.render.renderSync({ text: content, engine: 'markdown' });
    const stub = block
      ? (args, content) => `<div data-postpad-stub="${name}">${render(content)}</div>`
      : () => `<span data-postpad-stub="${name}"></span>`;
    hexo.extend.tag.register(name, stub, { ends: block });
  }
}

async function build() {
  await hexo.init();
  registerStubTags();
  keepGoingOnRenderErrors();
  let failed = null;
  try {
    await hexo.call('generate', {});
  } catch (err) {
    failed = describe(err);
  }
  // Every post Hexo processed, including unpublished ones (locals.posts hides those).
  const posts = hexo.model('Post').sort('source').map(dumpPost);
  await hexo.exit();
  return { posts, logged, failed };
}

async function render() {
  const snippets = JSON.parse(fs.readFileSync(0, 'utf8'));
  await hexo.init();  // registers the tag plugins; no need to load posts
  const results = {};
  for (const [name, content] of Object.entries(snippets)) {
    try {
      const data = await hexo.post.render(null, { content, engine: 'markdown' });
      // external_link with its default `field: site` runs on the page HTML of a published
      // post (after_render:html, registered only when generating), not in post.render.
      const html = siteExternalLink.call(hexo, data.content) ?? data.content;
      results[name] = { html };
    } catch (err) {
      results[name] = { error: describe(err) };
    }
  }
  await hexo.exit();
  return { results, logged };
}

(mode === 'build' ? build() : render()).then(
  result => {
    fs.writeFileSync(outFile, JSON.stringify(result, null, 1));
    process.exit(result.failed ? 2 : 0);
  },
  err => {
    process.stderr.write(`hexo_oracle: ${describe(err)}\n`);
    process.exit(1);
  },
);
