<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Autosaver</name>
    <message>
        <source>Autosave to File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoriesEditor</name>
    <message>
        <source>One path (A › B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list is one hierarchy: [A, B] files the post under A › B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry is its own category path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories this post will be filed under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckMessages</name>
    <message>
        <source>Postpad cannot read the front matter (%1), but %2 reads it: the post builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening --- has spaces after it: Hexo reads the header as body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key %1: did you mean %3? %2 ignores %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is text for Hexo, Hugo 0.152+ and Zola but true or false for Jekyll and older Hugo; write true or false, or quote it if you mean text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut at #: the engines read %3; quote the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are one key for %2, which takes one at random on each build; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are one key for %2: it uses %3 and ignores the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ignores or mangles the time-zone offset in %3; write the site&apos;s local time as YYYY-MM-DD HH:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %3 is in the future: %2 leaves the post out of the site until a build after that date, unless the site config builds future posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %3 does not exist: the page shows a broken image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{% post_link %1 %}: no post has this file name or title; Hexo stops the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{&lt; %3 &quot;%1&quot; &gt;}}: no page has this path or name; Hugo stops the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Param &quot;%1&quot; not found: Hugo stops the build (set it in the front matter or the site&apos;s params; false, 0 and an empty value count as not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{% %3 %1 %}: no post has this date and name; Jekyll stops the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{% %3 %1 %}: not a post name (YYYY-MM-DD-title, as the file is named); Jekyll stops the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{% %3 %1 %}: no file of the site has this path; Jekyll stops the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{% %3 %1 %}: a page is named without the leading /; Jekyll stops the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front matter does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front matter is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 needs front matter at the top of the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 appears twice: %2 keeps the last value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tab in the front matter&apos;s indentation: %2 refuses it; use spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tab in the front matter&apos;s indentation: use spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %3 is not a date %2 reads; the build fails or the date is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %3 is not a date %2 surely reads; check the built page&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 differs from %3 only in case, width or spacing: the blog shows two pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1 differs from %3 only in case, width or spacing: the blog shows two pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 appears twice: %2 refuses the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut at #: the value is read as empty; quote it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipList</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitDialog</name>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to commit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare %1 with the file on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On disk (theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the editor (mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the disk version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take all from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigFormPanel</name>
    <message>
        <source>Postpad did not change the config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config does not parse (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form is read-only until the text parses again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search keys and help…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show keys the file does not set (defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults and help: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme&apos;s own _config.yml was not found (node_modules/hexo-theme-%1 or themes/%1): no defaults or help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreError</name>
    <message>
        <source>The file cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or its folder is read-only, or you may not write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or its folder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system refused the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed on disk since it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post with that file name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a usable file name (empty, a folder separator, or hidden from the site).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post is not in the site&apos;s drafts or posts folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed: run “%2” in the site folder, or “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 upload needs the boto3 package: pip install &apos;postpad[s3]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PicGo did not take the images: is it running, with its server on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload command failed or printed no URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The S3 upload failed: check the bucket, the keys and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GitHub upload failed: check the token, the repository and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was deleted on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site has no %1 server: run “%2” in the site folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed in this site: run “%2” in the site folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed: install it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was read as %1: choose to convert it to UTF-8 or keep %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpad publishes %1 sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1 MB; the limit is %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to the current date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ignores the offset %2: it reads the time in UTC, %3, as the post&apos;s local time. A date set here is written without the offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not honour the offset %2: the time it shows depends on the build machine&apos;s time zone. A date set here is written without the offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads a time without an offset as UTC and shows it in the build machine&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads a time without an offset as UTC: it dates this post %2 in the site&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentManager</name>
    <message>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpad could not open %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted on disk after you opened it. Save it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk after you opened it. Overwrite those changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stored as %2. Convert it to UTF-8 (recommended)?

Choose No to keep %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to %1 and reload it from disk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes to %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <source>Untitled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file: exporting over the post itself is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF (A4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (US &amp;Letter)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <source>%1 is read-only: saving it here will fail. Your text is safe; use Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program, and you have unsaved edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted or moved on disk. Your text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk but cannot be read. %2 Your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permalink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright author link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MathJax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KaTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold code blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdated notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbour card image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave {{ }} and {% %} alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Liquid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CJK word count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed to children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abcjs notation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APlayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend links URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuoshuo URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Remove the field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with ($1 for a group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid pattern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindFeature</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusFeature</name>
    <message>
        <source>Focus &amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Typewriter Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrontMatterPanel</name>
    <message>
        <source>Postpad did not change the front matter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front matter does not parse (line %1, column %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuses it too: the build stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuses it too: it publishes the post without its front matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuses it too: it leaves the post out of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is a template (%1), not a post: its {{ … }} placeholders are filled in when a post is made from it, and the engine reads that post. The form is read-only; edit the template as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form is read-only; it shows the fields as %1 reads them, the one at line %2 marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front matter does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Line %1, column %2: Postpad&apos;s YAML reader stops here; %3 reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form is read-only until the header parses again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form is read-only until the header parses again; it shows the fields above line %1 (all of them in the Raw tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads it as written: the post builds. Postpad leaves this header to you: edit it as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpad cannot read this front matter (line %1, column %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key: did you mean “%1”? The engine ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is text, not a boolean; write true or false without quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post has no front matter yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <extracomment>Emitted after the header was re-read: the fields in file order (empty when none or broken). Emitted with the FrontMatterError when the header stops parsing, None when it parses again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitFeature</name>
    <message>
        <source>Git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Git Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diff with Last Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;sh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup Commit on Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last commit (HEAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the committed version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take all from the commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup commit made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current post is not in a git repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post has no committed version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup commit skipped: git is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 with its last commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup commit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git is not installed: install it from https://git-scm.com/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site is not a git repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling would conflict with your commits in these files. Nothing was changed: merge them in a terminal or another git tool, then pull again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling would overwrite changes you have not committed. Commit them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote refused the credentials (or none are set up). Check your SSH key or credential helper; Postpad does not ask for passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repository has no remote to pull from or push to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current branch does not track a remote branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote has commits you do not have yet: pull first, then push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote cannot be reached. Check the network and the remote address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git does not know who you are: set user.name and user.email first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a commit message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No branch is checked out (detached HEAD): switch to a branch first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git took too long and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, not in git yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitPanel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the current post with its last commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoToLine</name>
    <message>
        <source>Go to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageEditor</name>
    <message>
        <source>Theme default</source>
        <extracomment>Where an image value points: (is a local file reference, the existing file or None).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour or gradient / image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty value: the theme chooses (default cover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false: no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image path or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageSettingsDialog</name>
    <message>
        <source>Image Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting photos: %1 × %2 px, held either way, stays sharp on high-density screens and converts several times faster than full size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum width (px):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum height (px):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the original file too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this site only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (images stay local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3-compatible storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload on paste:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PicGo server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command ({file} is the image):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: keep the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key (keyring):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key (keyring):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub repository (owner/name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL base (e.g. a CDN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub token (keyring):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings or the credentials could not be saved (system keyring).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagesFeature</name>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading remote images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading local images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post has no local images to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the post first: images are stored next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post has no remote images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image host in Tools › Image Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Remote Images &amp;Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload Local Images in This Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These failed; their links are unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image link(s) changed.</source>
        <translation>
            <numerusform>%n image link changed.</numerusform>
            <numerusform>%n image links changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputMethod</name>
    <message>
        <source>Your desktop uses the {im} input method ({source}), but this Postpad&apos;s Qt has no {im} plugin, so typing Chinese may not work.

Fix: start Postpad with {fix} (fcitx5 understands IBus), e.g. add {fix} to the launcher, or install a Qt 6 {im} plugin matching this Qt version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.mdx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Postpad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpad %1
A Markdown editor for static-site blogs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NestedEditor</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <source>New Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like %1 (keeps Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinyin (ASCII, stable URLs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Python, 笔记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One path: 技术/编程 is 技术 › 编程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate categories with /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page bundle (folder with index.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(type a title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archetype %1 uses %2, which Postpad cannot evaluate: the post gets Postpad&apos;s usual front matter instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text from the archetype %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post could not be created:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineFeature</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paste</name>
    <message>
        <source>Downloading pasted images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted images not downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as Plain Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as &amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download Pasted Web Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the post first: pasted images stay remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted as Markdown (Ctrl+Shift+V pastes plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard has no HTML to convert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostHeaderFeature</name>
    <message>
        <source>Post &amp;Header in Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in font stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load remote images in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close brackets and quotes automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default engine profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview dialect:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Preparing the preview…</source>
        <extracomment>above this size the first frame leaves the text to the real editor: setting it twice would cost more than the early frame saves (a 5 MB post takes ~0.2 s per setPlainText) ``Qt::AlignCenter`` (AlignHCenter | AlignVCenter), set as the label&apos;s ``alignment`` property: Qt converts the number, where ``Qt.AlignmentFlag`` would build the whole ``Qt`` namespace</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewWebView</name>
    <message>
        <source>Remote image not shown: turn on “Load remote images in the preview” in Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: this value is more than a colour or a gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The blog shows one of %n default covers at random; the preview shows the first</source>
        <translation>
            <numerusform>The blog shows one of %n default covers at random; the preview shows the first</numerusform>
            <numerusform>The blog shows one of %n default covers at random; the preview shows the first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsButton</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Check Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>the error count, the warning count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>This post is not inside a blog: it was checked alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: %1, %2.</source>
        <comment>the error count, the warning count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the errors first: publishing is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these posts first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: press Publish to run the steps below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is not installed here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hexo&apos;s deploy section needs %1: run npm install %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is not a git repository: there is nowhere to push it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository has no remote to push to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with exit status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish commit was undone: your changes are uncommitted again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishFeature</name>
    <message>
        <source>Open a post of your blog first, so Postpad knows the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blish…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Cannot save file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovered text was not saved to %1 and is still kept.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpad did not close normally. This unsaved text was kept in the recovery journal. Choose what to do with each document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new document that was never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is no longer on disk: restore it or save it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed on disk after this text was written: compare before restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ from the file on disk.</source>
        <translation>
            <numerusform>%n line differs from the file on disk.</numerusform>
            <numerusform>%n lines differ from the file on disk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Recovered Text As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Recovered Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the recovered text of %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderWarnings</name>
    <message>
        <source>Warning: the page differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tag {% %1 %}: %2 stops the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown shortcode %1: Hugo stops the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset %1 is not in the post&apos;s asset folder: Hexo shows nothing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist: the link or image is broken on the blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 does not exist: Hexo shows nothing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hexo renders %1 as /%1 unless post_asset_folder and marked.postAsset are on; use {% asset_img %} or a /root path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{% %1 %} has no {% end%1 %}: %2 stops the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{% %1 %} has no opening tag: %2 stops the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hexo deletes {{ … }} from the page; wrap it in {% raw %}…{% endraw %} or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hexo deletes {# … #} (a Nunjucks comment) from the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugo removed the %1 shortcode: current Hugo stops the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{&lt; %1 &gt;}} is never closed: Hugo stops the build; close it with {{&lt; /%1 &gt;}} or write {{&lt; %1 /&gt;}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula not converted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid is off in this site&apos;s config: the blog does not draw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Pro&amp;blem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Prob&amp;lem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: the build fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: the blog will show these differently from the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tag {% %1 %}: %2 stops the build unless the site&apos;s code registers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquid runs inside code too; wrap it in {% raw %}…{% endraw %}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown shortcode %1: Hugo stops the build unless the site or theme defines it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for the list (F8: next problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RichCopy</name>
    <message>
        <source>Copy as Ric&amp;h Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rich Text HTML (公众号)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RichCopyFeature</name>
    <message numerus="yes">
        <source>Copied as rich text; %n local image(s) to upload by hand.</source>
        <translation>
            <numerusform>Copied as rich text; %n local image to upload by hand.</numerusform>
            <numerusform>Copied as rich text; %n local images to upload by hand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as rich text: paste it into the 公众号, 知乎 or 掘金 editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Rich Text HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>Running as root: the preview runs without Chromium&apos;s sandbox (it still runs no scripts and loads nothing from the network).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveError</name>
    <message>
        <source>Cannot save file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved. The file on disk is unchanged and your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteFeature</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post&apos;s URL comes from its file name: renaming breaks existing links and comment threads.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a post of your blog first, so Postpad knows the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Post File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the post before moving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the post before renaming it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the page bundle&apos;s folder (the post&apos;s images move with it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check: open a saved post first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site Pa&amp;nel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the post first: images are stored next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images pasted: %1. Upload them to the image host and link the uploaded copies?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images not converted, their originals linked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload failed, the local copies are linked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write a converted image; the original stays linked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images converted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting images… %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <source>No site: this post is not inside a blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, tags, categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n post(s)</source>
        <translation>
            <numerusform>%1 of %n post</numerusform>
            <numerusform>%1 of %n posts</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename File…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePreview</name>
    <message>
        <source>Site Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site Previe&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the site&apos;s server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is not inside a Hexo, Hugo or Jekyll site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePreviewPane</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteServer</name>
    <message>
        <source>The server did not start in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s server could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped (exit status %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <source>Ignore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellingFeature</name>
    <message>
        <source>Check S&amp;pelling (English)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine profile used by the preview and the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Chinese character(s)</source>
        <translation>
            <numerusform>%n Chinese character</numerusform>
            <numerusform>%n Chinese characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2</source>
        <comment>mixed text; %n is their sum, the blog&apos;s 字数</comment>
        <translation>
            <numerusform>%1 · %2</numerusform>
            <numerusform>%1 · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Chinese character(s)</source>
        <comment>mixed text</comment>
        <translation>
            <numerusform>%n Chinese character</numerusform>
            <numerusform>%n Chinese characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <comment>mixed text</comment>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) and word(s)</source>
        <comment>CJK characters count one each</comment>
        <translation>
            <numerusform>%n character or word</numerusform>
            <numerusform>%n characters and words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <comment>the blog engine&apos;s word count</comment>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Chinese characters: %1
Latin words: %2
Characters: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as %1 counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No Alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort &amp;Ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort &amp;Descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Row &amp;Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Column Ri&amp;ght</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor in a table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Row Ab&amp;ove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Column L&amp;eft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagForms</name>
    <message>
        <source>Put the cursor in a theme tag or shortcode first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Butterfly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor in the post&apos;s text, below the front matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;xo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hugo Shortcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid is off in this site&apos;s config (mermaid.enable in _config.butterfly.yml): the blog shows nothing for this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the installed %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found in the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in %1 too: Hexo drops an empty argument and moves the next one up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the opening tag changes; the text inside stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version not found: the tags of the newest version are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %1 %2 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coloured box around Markdown text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class or colour of the box; several words are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font Awesome class such as fas fa-bullhorn, or no-icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the theme&apos;s note.style setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (nested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabbed panes, each between &lt;!-- tab caption@icon --&gt; and &lt;!-- endtab --&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs without a caption are named after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the tab shown first; 0: the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link drawn as a button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font Awesome class such as far fa-hand-point-right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words such as outline, center, block, larger and a colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden text (inline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text shown after a click on a button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSS colour of the button, e.g. #49b1f5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSS colour of the button text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown shown after a click on a button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold (toggle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folded section that opens and closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items, each between &lt;!-- timeline title --&gt; and &lt;!-- endtimeline --&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images of the body, one ![alt](url) per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before Butterfly 5.3 the only parameter is the button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before Butterfly 4.10: lazyload, rowHeight, limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load-more button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true: more images after a click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images at first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallery group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cover linking to a gallery page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallery page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inline image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small image inside a line of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSS height, e.g. 1.5em.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A diagram written in Mermaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid settings as JSON, e.g. {&apos;theme&apos;:&apos;dark&apos;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend links as YAML: class_name, class_desc and link_list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart.js chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of the column, e.g. 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart and text side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts of a series (front matter series:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the post&apos;s own series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image with a caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSS class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code coloured by Hugo&apos;s highlighter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. linenos=table,hl_lines=2 4-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to a page (absolute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the page, e.g. blog/post.md#anchor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to a page (relative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vimeo video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section the reader opens with a click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to another post of the site, titled with the post&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post&apos;s file name without .md, or its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the post&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL of another post of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image from the asset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image from the post&apos;s asset folder (post_asset_folder: true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels, digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;title&quot; &quot;alt text&quot; (each quoted) gives both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to an asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to a file in the post&apos;s asset folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of an asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL of a file in the post&apos;s asset folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code with a caption, coloured by the site&apos;s highlighter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. python; empty: guessed or plain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First line number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1,4-7,10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap in a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line number threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quotation with its author and source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A book or work; only without a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the link&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quotation set apart from the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image with a size and a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link with a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in a new window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another page shown inside the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the hexo-tag-embed plugin: Hexo 8 has no youtube tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the hexo-tag-embed plugin: Hexo 8 has no vimeo tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text Hexo passes through without running tags in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TomlMessages</name>
    <message>
        <source>unexpected end of the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number or date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid datetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed types found in array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypographyFeature</name>
    <message>
        <source>I&amp;ndent Paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Four &amp;En Spaces (&amp;&amp;ensp;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Two E&amp;m Spaces (&amp;&amp;emsp;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Two &amp;Full-Width Spaces (&#x3000;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Paragraph Indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-Indent New Paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Typography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Space Between Chinese and Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Require a Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forbid Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix All Typography Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ypography Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypographyMessages</name>
    <message>
        <source>Closing mark %1 used where an opening one belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening mark %1 used where a closing one belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the opening mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-width %1 in Chinese text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-width parentheses around Chinese text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No space between Chinese and Latin text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space between Chinese and Latin text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated punctuation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypographyPanel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>No typography problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordCountPopup</name>
    <message>
        <source>Word count (字数)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters (with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters (no spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown by the blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for word count details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word Count…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlMessages</name>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not find expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not find expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not find expected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not find expected node content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not find expected &apos;-&apos; indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not find expected alphabetic or numeric character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not find expected &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping values are not allowed in this context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping values are not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block sequence entries are not allowed in this context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found a tab character that violates indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found a tab character that cannot start any token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found character that cannot start any token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found unexpected end of stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found unknown escape character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found undefined alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &lt;block end&gt;, but found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while parsing a flow sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while parsing a flow mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while parsing a block mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while parsing a block collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while parsing a block node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while parsing a flow node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while parsing a quoted scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while scanning a quoted scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while scanning a plain scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while scanning a simple key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while scanning for the next token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while scanning an anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while scanning an alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicated mapping key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found a list or mapping used as a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while constructing a mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference&amp;s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Front Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synchronised Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Postpad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
