#!/usr/bin/env node
// hexo-wordcount's helpers on Hexo's own rendering of posts (decision 0276).
//
//   node hexo_wordcount.js SITE_DIR HEXO_WORDCOUNT_DIR OUT.json   < {name: markdown}
//
// Each post body is rendered as Hexo renders a post (marked, tag plugins); the installed
// hexo-wordcount package registers its helpers on this Hexo, and OUT.json receives
// {name: {wordcount, min2read}} ({error} for a post Hexo cannot render) with min2read called as Butterfly 5.7's post-info.pug calls it.
'use strict';

const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const [siteDir, packageDir, outFile] = process.argv.slice(2);
const base = path.resolve(siteDir);
const Hexo = createRequire(path.join(base, 'package.json'))('hexo');
const hexo = new Hexo(base, { silent: true });
global.hexo = hexo;  // the package registers its helpers on the global `hexo`, as Hexo loads it

(async () => {
  await hexo.init();
  await hexo.load();  // the theme's config, which Butterfly's tag scripts read
  require(path.resolve(packageDir));
  const helpers = hexo.extend.helper.list();
  const posts = JSON.parse(fs.readFileSync(0, 'utf8'));
  const out = {};
  for (const [name, text] of Object.entries(posts)) {
    let data;
    try {  // a tag this Hexo does not register (a theme's) stops that post only
      data = await hexo.post.render(null, { content: text, engine: 'markdown' });
    } catch (error) {
      out[name] = { error: String(error.message).split('\n')[0] };
      continue;
    }
    out[name] = {
      wordcount: String(helpers.wordcount(data.content)),  // "1.4k" from 1,000 on
      min2read: Number(helpers.min2read(data.content, { cn: 350, en: 160 })),
    };
  }
  fs.writeFileSync(outFile, JSON.stringify(out));
})().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
