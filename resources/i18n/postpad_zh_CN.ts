<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Autosaver</name>
    <message>
        <source>Autosave to File</source>
        <translation>自动保存到文件</translation>
    </message>
    <message>
        <source>Autosave skipped %1: %2</source>
        <translation>已跳过自动保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>CategoriesEditor</name>
    <message>
        <source>One path (A › B)</source>
        <translation>单一路径（A › B）</translation>
    </message>
    <message>
        <source>Several categories</source>
        <translation>多个分类</translation>
    </message>
    <message>
        <source>A list is one hierarchy: [A, B] files the post under A › B</source>
        <translation>一个列表是一条层级路径：[A, B] 表示文章归入 A › B</translation>
    </message>
    <message>
        <source>Each entry is its own category path</source>
        <translation>每一项都是独立的分类路径</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>添加分类</translation>
    </message>
    <message>
        <source>The categories this post will be filed under</source>
        <translation>这篇文章将归入的分类</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Remove this category</source>
        <translation>移除此分类</translation>
    </message>
</context>
<context>
    <name>CheckMessages</name>
    <message>
        <source>Postpad cannot read the front matter (%1), but %2 reads it: the post builds</source>
        <translation>Postpad 读不了这段 Front matter（%1），但 %2 能读：文章照常生成</translation>
    </message>
    <message>
        <source>The opening --- has spaces after it: Hexo reads the header as body text</source>
        <translation>开头的 --- 后面有空格：Hexo 会把头部当作正文</translation>
    </message>
    <message>
        <source>Unknown key %1: did you mean %3? %2 ignores %1</source>
        <translation>未知的键 %1：是不是想写 %3？%2 会忽略 %1</translation>
    </message>
    <message>
        <source>%1 is text for Hexo, Hugo 0.152+ and Zola but true or false for Jekyll and older Hugo; write true or false, or quote it if you mean text</source>
        <translation>%1 在 Hexo、Hugo 0.152+ 和 Zola 中是文本，在 Jekyll 和旧版 Hugo 中却是 true 或 false；请写 true 或 false，若指文本请加引号</translation>
    </message>
    <message>
        <source>%1 is cut at #: the engines read %3; quote the value</source>
        <translation>%1 在 # 处被截断：引擎读到的是 %3；请给值加引号</translation>
    </message>
    <message>
        <source>%1 are one key for %2, which takes one at random on each build; keep one</source>
        <translation>%1 对 %2 来说是同一个键，每次构建随机取其一；请只保留一个</translation>
    </message>
    <message>
        <source>%1 are one key for %2: it uses %3 and ignores the other</source>
        <translation>%1 对 %2 来说是同一个键：它使用 %3，忽略另一个</translation>
    </message>
    <message>
        <source>%1: %2 ignores or mangles the time-zone offset in %3; write the site&apos;s local time as YYYY-MM-DD HH:mm:ss</source>
        <translation>%1：%2 会忽略或弄错 %3 中的时区偏移；请按站点时区写成 YYYY-MM-DD HH:mm:ss</translation>
    </message>
    <message>
        <source>%1: %3 is in the future: %2 leaves the post out of the site until a build after that date, unless the site config builds future posts</source>
        <translation>%1：%3 是将来的日期：在那天之后构建之前，%2 不会把这篇文章放进网站，除非站点配置构建将来的文章</translation>
    </message>
    <message>
        <source>%1: %3 does not exist: the page shows a broken image</source>
        <translation>%1：%3 不存在：页面上的图片会显示不出来</translation>
    </message>
    <message>
        <source>{% post_link %1 %}: no post has this file name or title; Hexo stops the build</source>
        <translation>{% post_link %1 %}：没有文章使用这个文件名或标题；Hexo 会中止构建</translation>
    </message>
    <message>
        <source>{{&lt; %3 &quot;%1&quot; &gt;}}: no page has this path or name; Hugo stops the build</source>
        <translation>{{&lt; %3 &quot;%1&quot; &gt;}}：没有页面是这个路径或名称；Hugo 会中止构建</translation>
    </message>
    <message>
        <source>Param &quot;%1&quot; not found: Hugo stops the build (set it in the front matter or the site&apos;s params; false, 0 and an empty value count as not set)</source>
        <translation>找不到参数“%1”：Hugo 会停止构建（请在 front matter 或站点的 params 里设置它；false、0 和空值都算未设置）</translation>
    </message>
    <message>
        <source>{% %3 %1 %}: no post has this date and name; Jekyll stops the build</source>
        <translation>{% %3 %1 %}：没有这个日期和名称的文章；Jekyll 会停止构建</translation>
    </message>
    <message>
        <source>{% %3 %1 %}: not a post name (YYYY-MM-DD-title, as the file is named); Jekyll stops the build</source>
        <translation>{% %3 %1 %}：不是文章名（应为 YYYY-MM-DD-标题，与文件名相同）；Jekyll 会停止构建</translation>
    </message>
    <message>
        <source>{% %3 %1 %}: no file of the site has this path; Jekyll stops the build</source>
        <translation>{% %3 %1 %}：站点里没有这个路径的文件；Jekyll 会停止构建</translation>
    </message>
    <message>
        <source>{% %3 %1 %}: a page is named without the leading /; Jekyll stops the build</source>
        <translation>{% %3 %1 %}：页面的名称前不能有 /；Jekyll 会停止构建</translation>
    </message>
    <message>
        <source>The front matter does not parse: %1</source>
        <translation>front matter 无法解析：%1</translation>
    </message>
    <message>
        <source>The front matter is never closed</source>
        <translation>front matter 没有结束的分隔线</translation>
    </message>
    <message>
        <source>%2 needs front matter at the top of the post</source>
        <translation>%2 需要文章开头有 front matter</translation>
    </message>
    <message>
        <source>Key %1 appears twice: %2 keeps the last value</source>
        <translation>键 %1 出现了两次：%2 只保留最后一个值</translation>
    </message>
    <message>
        <source>A tab in the front matter&apos;s indentation: %2 refuses it; use spaces</source>
        <translation>front matter 的缩进中有制表符：%2 不接受；请改用空格</translation>
    </message>
    <message>
        <source>A tab in the front matter&apos;s indentation: use spaces</source>
        <translation>front matter 的缩进中有制表符：请改用空格</translation>
    </message>
    <message>
        <source>%1: %3 is not a date %2 reads; the build fails or the date is lost</source>
        <translation>%1：%3 不是 %2 能读取的日期；构建会失败或日期会丢失</translation>
    </message>
    <message>
        <source>%1: %3 is not a date %2 surely reads; check the built page&apos;s date</source>
        <translation>%1：%2 不一定能读取日期 %3；请检查生成页面上的日期</translation>
    </message>
    <message>
        <source>Tag %1 differs from %3 only in case, width or spacing: the blog shows two pages</source>
        <translation>标签 %1 与 %3 只有大小写、全半角或空格不同：博客会生成两个页面</translation>
    </message>
    <message>
        <source>Category %1 differs from %3 only in case, width or spacing: the blog shows two pages</source>
        <translation>分类 %1 与 %3 只有大小写、全半角或空格不同：博客会生成两个页面</translation>
    </message>
    <message>
        <source>Key %1 appears twice: %2 refuses the post</source>
        <translation>键 %1 出现了两次：%2 会拒绝这篇文章</translation>
    </message>
    <message>
        <source>%1 is cut at #: the value is read as empty; quote it</source>
        <translation>%1 在 # 处被截断：值被读成空；请加引号</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove “%1”</source>
        <translation>移除“%1”</translation>
    </message>
</context>
<context>
    <name>ChipList</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
</context>
<context>
    <name>CommitDialog</name>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Files to commit:</source>
        <translation>要提交的文件：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>提交说明：</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare %1 with the file on disk</source>
        <translation>将 %1 与磁盘上的文件比较</translation>
    </message>
    <message>
        <source>On disk (theirs)</source>
        <translation>磁盘上（对方）</translation>
    </message>
    <message>
        <source>In the editor (mine)</source>
        <translation>编辑器中（我的）</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Lines %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>use the disk version</source>
        <translation>使用磁盘上的版本</translation>
    </message>
    <message>
        <source>Take all from disk</source>
        <translation>全部采用磁盘版本</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>全部保留我的</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 处改动</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigFormPanel</name>
    <message>
        <source>Postpad did not change the config: %1</source>
        <translation>Postpad 没有修改配置：%1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>The config does not parse (%1): %2</source>
        <translation>配置无法解析（%1）：%2</translation>
    </message>
    <message>
        <source>The form is read-only until the text parses again.</source>
        <translation>在文本能够再次解析之前，表单为只读。</translation>
    </message>
    <message>
        <source>Reset to the default</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Search keys and help…</source>
        <translation>搜索键名和说明…</translation>
    </message>
    <message>
        <source>Show keys the file does not set (defaults)</source>
        <translation>显示文件中未设置的键（默认值）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Defaults and help: %1</source>
        <translation>默认值与说明来自：%1</translation>
    </message>
    <message>
        <source>The theme&apos;s own _config.yml was not found (node_modules/hexo-theme-%1 or themes/%1): no defaults or help.</source>
        <translation>没有找到主题自带的 _config.yml（node_modules/hexo-theme-%1 或 themes/%1）：没有默认值和说明。</translation>
    </message>
</context>
<context>
    <name>CoreError</name>
    <message>
        <source>The file cannot be used.</source>
        <translation>无法使用此文件。</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>The file or its folder is read-only, or you may not write there.</source>
        <translation>文件或其所在文件夹是只读的，或者你没有写入权限。</translation>
    </message>
    <message>
        <source>The file or its folder no longer exists.</source>
        <translation>文件或其所在文件夹已不存在。</translation>
    </message>
    <message>
        <source>The operating system refused the operation.</source>
        <translation>操作系统拒绝了此操作。</translation>
    </message>
    <message>
        <source>The file changed on disk since it was opened.</source>
        <translation>文件在打开之后已在磁盘上被修改。</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>这不是普通文件。</translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation>文件包含二进制数据，不是文本。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>无法写入文件。</translation>
    </message>
    <message>
        <source>A post with that file name already exists.</source>
        <translation>已有同名文件的文章。</translation>
    </message>
    <message>
        <source>That is not a usable file name (empty, a folder separator, or hidden from the site).</source>
        <translation>这个文件名不可用（为空、含有文件夹分隔符，或会被站点隐藏）。</translation>
    </message>
    <message>
        <source>The post is not in the site&apos;s drafts or posts folder.</source>
        <translation>这篇文章不在站点的草稿或文章文件夹中。</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>操作失败。</translation>
    </message>
    <message>
        <source>%1 is not installed: run “%2” in the site folder, or “%3”.</source>
        <translation>没有安装 %1：请在站点文件夹中运行“%2”，或运行“%3”。</translation>
    </message>
    <message>
        <source>S3 upload needs the boto3 package: pip install &apos;postpad[s3]&apos;.</source>
        <translation>S3 上传需要 boto3 包：pip install &apos;postpad[s3]&apos;。</translation>
    </message>
    <message>
        <source>PicGo did not take the images: is it running, with its server on?</source>
        <translation>PicGo 没有接收图片：它是否在运行，并开启了服务器？</translation>
    </message>
    <message>
        <source>The upload command failed or printed no URL.</source>
        <translation>上传命令失败，或没有输出网址。</translation>
    </message>
    <message>
        <source>The S3 upload failed: check the bucket, the keys and the network.</source>
        <translation>S3 上传失败：请检查存储桶、密钥和网络。</translation>
    </message>
    <message>
        <source>The GitHub upload failed: check the token, the repository and the network.</source>
        <translation>GitHub 上传失败：请检查令牌、仓库和网络。</translation>
    </message>
    <message>
        <source>The upload failed.</source>
        <translation>上传失败。</translation>
    </message>
    <message>
        <source>The file was deleted on disk.</source>
        <translation>文件已在磁盘上被删除。</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>文件是只读的。</translation>
    </message>
    <message>
        <source>The site has no %1 server: run “%2” in the site folder.</source>
        <translation>站点没有 %1 服务器：请在站点文件夹中运行“%2”。</translation>
    </message>
    <message>
        <source>%1 is not installed in this site: run “%2” in the site folder.</source>
        <translation>这个站点里没有安装 %1：请在站点文件夹中运行“%2”。</translation>
    </message>
    <message>
        <source>%1 is not installed: install it (%2).</source>
        <translation>没有安装 %1：请先安装（%2）。</translation>
    </message>
    <message>
        <source>The file was read as %1: choose to convert it to UTF-8 or keep %1.</source>
        <translation>文件按 %1 读取：请选择转换为 UTF-8 或保留 %1。</translation>
    </message>
    <message>
        <source>Postpad publishes %1 sites.</source>
        <translation>Postpad 只能发布 %1 站点。</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB; the limit is %2 MB).</source>
        <translation>文件太大（%1 MB，上限为 %2 MB）。</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Set to the current date and time</source>
        <translation>设为当前日期和时间</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 ignores the offset %2: it reads the time in UTC, %3, as the post&apos;s local time. A date set here is written without the offset.</source>
        <translation>%1 不理会时区偏移 %2：它把这一时刻的 UTC 时间 %3 当作文章的本地时间。在这里设置的日期写入时不带时区偏移。</translation>
    </message>
    <message>
        <source>%1 does not honour the offset %2: the time it shows depends on the build machine&apos;s time zone. A date set here is written without the offset.</source>
        <translation>%1 不按时区偏移 %2 读取：它显示的时间取决于生成站点那台机器的时区。在这里设置的日期写入时不带时区偏移。</translation>
    </message>
    <message>
        <source>%1 reads a time without an offset as UTC and shows it in the build machine&apos;s time zone.</source>
        <translation>%1 把不带时区偏移的时间当作 UTC，并按生成站点那台机器的时区显示。</translation>
    </message>
    <message>
        <source>%1 reads a time without an offset as UTC: it dates this post %2 in the site&apos;s time zone.</source>
        <translation>%1 把不带时区偏移的时间当作 UTC：按站点时区，这篇文章的日期是 %2。</translation>
    </message>
</context>
<context>
    <name>DocumentManager</name>
    <message>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Postpad could not open %1.

%2</source>
        <translation>Postpad 无法打开 %1。

%2</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation>Markdown（*.md *.markdown）;;所有文件（*）</translation>
    </message>
    <message>
        <source>%1 was deleted on disk after you opened it. Save it again?</source>
        <translation>%1 在你打开后已从磁盘删除。要重新保存吗？</translation>
    </message>
    <message>
        <source>%1 changed on disk after you opened it. Overwrite those changes?</source>
        <translation>%1 在你打开后已在磁盘上被修改。要覆盖那些修改吗？</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>磁盘上的文件已改变</translation>
    </message>
    <message>
        <source>Legacy encoding</source>
        <translation>旧式编码</translation>
    </message>
    <message>
        <source>%1 is stored as %2. Convert it to UTF-8 (recommended)?

Choose No to keep %2.</source>
        <translation>%1 以 %2 编码保存。要转换为 UTF-8 吗（推荐）？

选择“否”则保留 %2。</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Discard your changes to %1 and reload it from disk?</source>
        <translation>放弃对 %1 的修改并从磁盘重新载入吗？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save changes to %1 before closing?</source>
        <translation>关闭前保存对 %1 的修改吗？</translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <source>Untitled %1</source>
        <translation>未命名 %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>HTML 网页（*.html *.htm）</translation>
    </message>
    <message>
        <source>Choose another file: exporting over the post itself is not allowed.</source>
        <translation>请选择其他文件：不能导出并覆盖文章本身。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档（*.pdf）</translation>
    </message>
    <message>
        <source>Exporting PDF…</source>
        <translation>正在导出 PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The PDF could not be created: %1</source>
        <translation>无法创建 PDF：%1</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;HTML Page…</source>
        <translation>HTML 网页(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;PDF (A4)…</source>
        <translation>PDF（A4）(&amp;P)…</translation>
    </message>
    <message>
        <source>PDF (US &amp;Letter)…</source>
        <translation>PDF（美国 Letter）(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <source>%1 is read-only: saving it here will fail. Your text is safe; use Save As.</source>
        <translation>%1 是只读的：在此保存会失败。你的文字是安全的，请使用“另存为”。</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>%1 was changed by another program, and you have unsaved edits.</source>
        <translation>%1 已被其他程序修改，而你有未保存的编辑。</translation>
    </message>
    <message>
        <source>Reload Theirs</source>
        <translation>载入对方版本</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>%1 was deleted or moved on disk. Your text is still here.</source>
        <translation>%1 已在磁盘上被删除或移动。你的文字仍在这里。</translation>
    </message>
    <message>
        <source>Save Again</source>
        <translation>重新保存</translation>
    </message>
    <message>
        <source>%1 changed on disk but cannot be read. %2 Your text is kept.</source>
        <translation>%1 在磁盘上已改变但无法读取。%2你的文字已保留。</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Publish date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>过期日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Taxonomies</source>
        <translation>分类法</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Banner image</source>
        <translation>顶部图</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Hero image</source>
        <translation>头图</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>相册</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>网址名</translation>
    </message>
    <message>
        <source>Permalink</source>
        <translation>永久链接</translation>
    </message>
    <message>
        <source>Short link</source>
        <translation>短链接</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>旧地址</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Page type</source>
        <translation>页面类型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>排序权重</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Numbered contents</source>
        <translation>目录编号</translation>
    </message>
    <message>
        <source>Expand contents</source>
        <translation>展开目录</translation>
    </message>
    <message>
        <source>Simple contents</source>
        <translation>简洁目录</translation>
    </message>
    <message>
        <source>Copyright notice</source>
        <translation>版权声明</translation>
    </message>
    <message>
        <source>Copyright author</source>
        <translation>版权作者</translation>
    </message>
    <message>
        <source>Copyright author link</source>
        <translation>版权作者链接</translation>
    </message>
    <message>
        <source>Copyright link</source>
        <translation>版权链接</translation>
    </message>
    <message>
        <source>Copyright text</source>
        <translation>版权文字</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>侧边栏</translation>
    </message>
    <message>
        <source>MathJax</source>
        <translation>MathJax 公式</translation>
    </message>
    <message>
        <source>KaTeX</source>
        <translation>KaTeX 公式</translation>
    </message>
    <message>
        <source>Fold code blocks</source>
        <translation>折叠代码块</translation>
    </message>
    <message>
        <source>Outdated notice</source>
        <translation>过时提示</translation>
    </message>
    <message>
        <source>Neighbour card image</source>
        <translation>上下篇卡片图</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>短标题</translation>
    </message>
    <message>
        <source>Translation key</source>
        <translation>译文关联键</translation>
    </message>
    <message>
        <source>Leave {{ }} and {% %} alone</source>
        <translation>不处理 {{ }} 与 {% %}</translation>
    </message>
    <message>
        <source>Run Liquid</source>
        <translation>执行 Liquid</translation>
    </message>
    <message>
        <source>Markup</source>
        <translation>标记语言</translation>
    </message>
    <message>
        <source>CJK word count</source>
        <translation>按中日韩计字</translation>
    </message>
    <message>
        <source>Headless</source>
        <translation>无独立页面</translation>
    </message>
    <message>
        <source>Output formats</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>自定义参数</translation>
    </message>
    <message>
        <source>Build options</source>
        <translation>构建选项</translation>
    </message>
    <message>
        <source>Passed to children</source>
        <translation>向子页面传递</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>页面资源</translation>
    </message>
    <message>
        <source>Sitemap</source>
        <translation>站点地图</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>所属站点</translation>
    </message>
    <message>
        <source>Excerpt separator</source>
        <translation>摘要分隔符</translation>
    </message>
    <message>
        <source>Not in collections</source>
        <translation>不加入集合</translation>
    </message>
    <message>
        <source>Template engines</source>
        <translation>模板引擎</translation>
    </message>
    <message>
        <source>Computed data</source>
        <translation>计算数据</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation>分页</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>渲染</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>In search index</source>
        <translation>加入搜索索引</translation>
    </message>
    <message>
        <source>Extra fields</source>
        <translation>额外字段</translation>
    </message>
    <message>
        <source>abcjs notation</source>
        <translation>abcjs 乐谱</translation>
    </message>
    <message>
        <source>APlayer</source>
        <translation>APlayer 播放器</translation>
    </message>
    <message>
        <source>Random order</source>
        <translation>随机排序</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>条数限制</translation>
    </message>
    <message>
        <source>Friend links URL</source>
        <translation>友链数据地址</translation>
    </message>
    <message>
        <source>Shuoshuo URL</source>
        <translation>说说数据地址</translation>
    </message>
    <message>
        <source>Order by</source>
        <translation>排序依据</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序方向</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Remove the field “%1”</source>
        <translation>移除字段“%1”</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace with ($1 for a group)</source>
        <translation>替换为（$1 表示分组）</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>查找上一个（Shift+F3）</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation>查找下一个（F3）</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>全词匹配</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>In selection</source>
        <translation>在选区内</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid pattern: %1</source>
        <translation>无效的表达式：%1</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>无结果</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>FindFeature</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>替换(&amp;E)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
</context>
<context>
    <name>FocusFeature</name>
    <message>
        <source>Focus &amp;Mode</source>
        <translation>专注模式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>段落(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sentence</source>
        <translation>句子(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Typewriter Scrolling</source>
        <translation>打字机滚动(&amp;T)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Zoom Out</source>
        <translation>缩小(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
</context>
<context>
    <name>FrontMatterPanel</name>
    <message>
        <source>Postpad did not change the front matter: %1</source>
        <translation>Postpad 没有修改 front matter：%1</translation>
    </message>
    <message>
        <source>The front matter does not parse (line %1, column %2): %3</source>
        <translation>Front matter 无法解析（第 %1 行，第 %2 列）：%3</translation>
    </message>
    <message>
        <source>%1 refuses it too: the build stops.</source>
        <translation>%1 同样读不了：构建会中止。</translation>
    </message>
    <message>
        <source>%1 refuses it too: it publishes the post without its front matter.</source>
        <translation>%1 同样读不了：它会丢掉文件头发布这篇文章。</translation>
    </message>
    <message>
        <source>%1 refuses it too: it leaves the post out of the site.</source>
        <translation>%1 同样读不了：站点里不会有这篇文章。</translation>
    </message>
    <message>
        <source>This file is a template (%1), not a post: its {{ … }} placeholders are filled in when a post is made from it, and the engine reads that post. The form is read-only; edit the template as text.</source>
        <translation>这个文件是模板（%1），不是文章：用它新建文章时才会填入其中的 {{ … }} 占位符，博客引擎读取的是新建出来的文章。表单为只读，请以文本方式编辑模板。</translation>
    </message>
    <message>
        <source>The form is read-only; it shows the fields as %1 reads them, the one at line %2 marked.</source>
        <translation>表单为只读；按 %1 读到的样子显示全部字段，第 %2 行所在的字段已标出。</translation>
    </message>
    <message>
        <source>The front matter does not parse: %1</source>
        <translation>Front matter 无法解析：%1</translation>
    </message>
    <message>
        <source>The form is read-only until the header parses again.</source>
        <translation>在文件头能再次解析之前，表单为只读。</translation>
    </message>
    <message>
        <source>The form is read-only until the header parses again; it shows the fields above line %1 (all of them in the Raw tab).</source>
        <translation>在文件头能再次解析之前，表单为只读；表单只显示第 %1 行以上的字段（全部字段见“源码”页）。</translation>
    </message>
    <message>
        <source>%1 reads it as written: the post builds. Postpad leaves this header to you: edit it as text.</source>
        <translation>%1 能按原样读取：文章照常生成。Postpad 不改动这段文件头，请直接编辑文本。</translation>
    </message>
    <message>
        <source>Postpad cannot read this front matter (line %1, column %2): %3</source>
        <translation>Postpad 读不了这段 Front matter（第 %1 行，第 %2 列）：%3</translation>
    </message>
    <message>
        <source>⚠ Line %1, column %2: Postpad&apos;s YAML reader stops here; %3 reads it.</source>
        <translation>⚠ 第 %1 行第 %2 列：Postpad 的 YAML 读取器在这里停下；%3 能读。</translation>
    </message>
    <message>
        <source>Unknown key: did you mean “%1”? The engine ignores it.</source>
        <translation>未知的键：你是不是想写“%1”？博客引擎会忽略它。</translation>
    </message>
    <message>
        <source>This is text, not a boolean; write true or false without quotes.</source>
        <translation>这是文本而不是布尔值；请写不带引号的 true 或 false。</translation>
    </message>
    <message>
        <source>This post has no front matter yet.</source>
        <translation>这篇文章还没有 front matter。</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <source>Form</source>
        <extracomment>Emitted after the header was re-read: the fields in file order (empty when none or broken). Emitted with the FrontMatterError when the header stops parsing, None when it parses again.</extracomment>
        <translation>表单</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>源码</translation>
    </message>
    <message>
        <source>Custom field…</source>
        <translation>自定义字段…</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>键：</translation>
    </message>
</context>
<context>
    <name>GitFeature</name>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <source>&amp;Git Panel</source>
        <translation>Git 面板(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Git</source>
        <translation>Git(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Diff with Last Commit</source>
        <translation>与上次提交比较(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation>提交(&amp;C)…</translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation>拉取(&amp;U)</translation>
    </message>
    <message>
        <source>Pu&amp;sh</source>
        <translation>推送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Backup Commit on Save</source>
        <translation>保存时自动备份提交(&amp;B)</translation>
    </message>
    <message>
        <source>Last commit (HEAD)</source>
        <translation>上次提交（HEAD）</translation>
    </message>
    <message>
        <source>use the committed version</source>
        <translation>采用已提交的版本</translation>
    </message>
    <message>
        <source>Take all from the commit</source>
        <translation>全部采用已提交的版本</translation>
    </message>
    <message>
        <source>Committed.</source>
        <translation>已提交。</translation>
    </message>
    <message>
        <source>Pulled.</source>
        <translation>已拉取。</translation>
    </message>
    <message>
        <source>Pushed.</source>
        <translation>已推送。</translation>
    </message>
    <message>
        <source>Backup commit made.</source>
        <translation>已完成备份提交。</translation>
    </message>
    <message>
        <source>The current post is not in a git repository.</source>
        <translation>当前文章不在 git 仓库中。</translation>
    </message>
    <message>
        <source>This post has no committed version yet.</source>
        <translation>这篇文章还没有提交过的版本。</translation>
    </message>
    <message>
        <source>Nothing to commit.</source>
        <translation>没有可提交的内容。</translation>
    </message>
    <message>
        <source>Backup commit skipped: git is busy.</source>
        <translation>已跳过备份提交：git 正忙。</translation>
    </message>
    <message>
        <source>Compare %1 with its last commit</source>
        <translation>比较 %1 与上次提交</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Pulling…</source>
        <translation>正在拉取…</translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation>正在推送…</translation>
    </message>
    <message>
        <source>Backup commit…</source>
        <translation>正在备份提交…</translation>
    </message>
    <message>
        <source>Git is not installed: install it from https://git-scm.com/.</source>
        <translation>未安装 Git：请从 https://git-scm.com/ 安装。</translation>
    </message>
    <message>
        <source>This site is not a git repository.</source>
        <translation>这个站点不是 git 仓库。</translation>
    </message>
    <message>
        <source>Pulling would conflict with your commits in these files. Nothing was changed: merge them in a terminal or another git tool, then pull again.</source>
        <translation>拉取会与你在这些文件中的提交冲突。没有做任何更改：请在终端或其他 git 工具中合并，然后再拉取。</translation>
    </message>
    <message>
        <source>Pulling would overwrite changes you have not committed. Commit them first.</source>
        <translation>拉取会覆盖你尚未提交的更改。请先提交。</translation>
    </message>
    <message>
        <source>The remote refused the credentials (or none are set up). Check your SSH key or credential helper; Postpad does not ask for passwords.</source>
        <translation>远程仓库拒绝了凭据（或尚未设置凭据）。请检查 SSH 密钥或凭据助手；Postpad 不会询问密码。</translation>
    </message>
    <message>
        <source>This repository has no remote to pull from or push to.</source>
        <translation>这个仓库没有可拉取或推送的远程仓库。</translation>
    </message>
    <message>
        <source>The current branch does not track a remote branch.</source>
        <translation>当前分支没有跟踪远程分支。</translation>
    </message>
    <message>
        <source>The remote has commits you do not have yet: pull first, then push.</source>
        <translation>远程仓库有你本地还没有的提交：请先拉取，再推送。</translation>
    </message>
    <message>
        <source>The remote cannot be reached. Check the network and the remote address.</source>
        <translation>无法连接远程仓库。请检查网络和远程地址。</translation>
    </message>
    <message>
        <source>Git does not know who you are: set user.name and user.email first.</source>
        <translation>Git 不知道你是谁：请先设置 user.name 和 user.email。</translation>
    </message>
    <message>
        <source>There is nothing to commit.</source>
        <translation>没有可提交的内容。</translation>
    </message>
    <message>
        <source>Write a commit message first.</source>
        <translation>请先填写提交说明。</translation>
    </message>
    <message>
        <source>No branch is checked out (detached HEAD): switch to a branch first.</source>
        <translation>当前没有检出分支（分离的 HEAD）：请先切换到一个分支。</translation>
    </message>
    <message>
        <source>Git took too long and was stopped.</source>
        <translation>Git 运行时间过长，已被停止。</translation>
    </message>
    <message>
        <source>Git failed.</source>
        <translation>Git 执行失败。</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>已重命名</translation>
    </message>
    <message>
        <source>New, not in git yet</source>
        <translation>新文件，尚未纳入 git</translation>
    </message>
    <message>
        <source>Conflicted</source>
        <translation>有冲突</translation>
    </message>
</context>
<context>
    <name>GitPanel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Commit…</source>
        <translation>提交…</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>拉取</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Compare the current post with its last commit</source>
        <translation>将当前文章与上次提交进行比较</translation>
    </message>
    <message>
        <source>Not in a git repository</source>
        <translation>不在 git 仓库中</translation>
    </message>
    <message>
        <source>(no branch)</source>
        <translation>（无分支）</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>没有改动</translation>
    </message>
</context>
<context>
    <name>GoToLine</name>
    <message>
        <source>Go to Line</source>
        <translation>转到行</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>行号（1–%1）：</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>转到行(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>ImageEditor</name>
    <message>
        <source>Theme default</source>
        <extracomment>Where an image value points: (is a local file reference, the existing file or None).</extracomment>
        <translation>主题默认</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Colour or gradient / image</source>
        <translation>颜色或渐变 / 图片</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Empty value: the theme chooses (default cover)</source>
        <translation>空值：由主题决定（默认封面）</translation>
    </message>
    <message>
        <source>false: no image</source>
        <translation>false：不显示图片</translation>
    </message>
    <message>
        <source>Image path or URL</source>
        <translation>图片路径或 URL</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation>找不到文件：%1</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif *.bmp)</source>
        <translation>图片（*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif *.bmp）</translation>
    </message>
</context>
<context>
    <name>ImageSettingsDialog</name>
    <message>
        <source>Image Settings</source>
        <translation>图片设置</translation>
    </message>
    <message>
        <source>Converting photos: %1 × %2 px, held either way, stays sharp on high-density screens and converts several times faster than full size.</source>
        <translation>转换照片时：%1 × %2 像素（横竖皆可）在高分辨率屏幕上依然清晰，转换速度是原尺寸的数倍。</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>Maximum width (px):</source>
        <translation>最大宽度（像素）：</translation>
    </message>
    <message>
        <source>Maximum height (px):</source>
        <translation>最大高度（像素）：</translation>
    </message>
    <message>
        <source>Keep the format</source>
        <translation>保持原格式</translation>
    </message>
    <message>
        <source>Convert to:</source>
        <translation>转换为：</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>质量：</translation>
    </message>
    <message>
        <source>Keep the original file too</source>
        <translation>同时保留原文件</translation>
    </message>
    <message>
        <source>For this site only</source>
        <translation>仅用于此站点</translation>
    </message>
    <message>
        <source>None (images stay local)</source>
        <translation>无（图片保留在本地）</translation>
    </message>
    <message>
        <source>Custom command</source>
        <translation>自定义命令</translation>
    </message>
    <message>
        <source>S3-compatible storage</source>
        <translation>S3 兼容存储</translation>
    </message>
    <message>
        <source>Image host:</source>
        <translation>图床：</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>总是</translation>
    </message>
    <message>
        <source>Upload on paste:</source>
        <translation>粘贴时上传：</translation>
    </message>
    <message>
        <source>PicGo server:</source>
        <translation>PicGo 服务地址：</translation>
    </message>
    <message>
        <source>Command ({file} is the image):</source>
        <translation>命令（{file} 代表图片）：</translation>
    </message>
    <message>
        <source>S3 endpoint:</source>
        <translation>S3 端点：</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>存储桶：</translation>
    </message>
    <message>
        <source>Key prefix:</source>
        <translation>对象键前缀：</translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation>公开访问地址：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>empty: keep the stored one</source>
        <translation>留空：保留已存储的</translation>
    </message>
    <message>
        <source>Access key (keyring):</source>
        <translation>Access Key（存入系统钥匙串）：</translation>
    </message>
    <message>
        <source>Secret key (keyring):</source>
        <translation>Secret Key（存入系统钥匙串）：</translation>
    </message>
    <message>
        <source>GitHub repository (owner/name):</source>
        <translation>GitHub 仓库（owner/name）：</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>分支：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>URL base (e.g. a CDN):</source>
        <translation>链接前缀（例如 CDN）：</translation>
    </message>
    <message>
        <source>GitHub token (keyring):</source>
        <translation>GitHub 令牌（存入系统钥匙串）：</translation>
    </message>
    <message>
        <source>The settings or the credentials could not be saved (system keyring).</source>
        <translation>无法保存设置或凭据（系统钥匙环）。</translation>
    </message>
</context>
<context>
    <name>ImagesFeature</name>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Downloading remote images…</source>
        <translation>正在下载远程图片…</translation>
    </message>
    <message>
        <source>Uploading local images…</source>
        <translation>正在上传本地图片…</translation>
    </message>
    <message>
        <source>This post has no local images to upload.</source>
        <translation>这篇文章没有要上传的本地图片。</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>图片(&amp;I)</translation>
    </message>
    <message>
        <source>Save the post first: images are stored next to it.</source>
        <translation>请先保存文章：图片会存放在它旁边。</translation>
    </message>
    <message>
        <source>This post has no remote images.</source>
        <translation>这篇文章没有远程图片。</translation>
    </message>
    <message>
        <source>Choose an image host in Tools › Image Settings first.</source>
        <translation>请先在“工具 › 图片设置”中选择图床。</translation>
    </message>
    <message>
        <source>Make Remote Images &amp;Local</source>
        <translation>远程图片本地化(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Upload Local Images in This Post</source>
        <translation>上传本文的本地图片(&amp;U)</translation>
    </message>
    <message>
        <source>Image &amp;Settings…</source>
        <translation>图片设置(&amp;S)…</translation>
    </message>
    <message>
        <source>These failed; their links are unchanged:</source>
        <translation>以下图片失败，其链接保持不变：</translation>
    </message>
    <message numerus="yes">
        <source>%n image link(s) changed.</source>
        <translation>
            <numerusform>已更改 %n 个图片链接。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputMethod</name>
    <message>
        <source>Your desktop uses the {im} input method ({source}), but this Postpad&apos;s Qt has no {im} plugin, so typing Chinese may not work.

Fix: start Postpad with {fix} (fcitx5 understands IBus), e.g. add {fix} to the launcher, or install a Qt 6 {im} plugin matching this Qt version.</source>
        <translation>你的桌面使用 {im} 输入法（{source}），但这个 Postpad 所带的 Qt 没有 {im} 插件，因此可能无法输入中文。

解决方法：用 {fix} 启动 Postpad（fcitx5 也支持 IBus），例如把 {fix} 加到启动器里；或者安装与此 Qt 版本匹配的 Qt 6 {im} 插件。</translation>
    </message>
    <message>
        <source>Input method</source>
        <translation>输入法</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.mdx *.txt);;All files (*)</source>
        <translation>Markdown（*.md *.markdown *.mdx *.txt）;;所有文件（*）</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>清除最近文件</translation>
    </message>
    <message>
        <source>About Postpad</source>
        <translation>关于 Postpad</translation>
    </message>
    <message>
        <source>Postpad %1
A Markdown editor for static-site blogs.</source>
        <translation>Postpad %1
为静态博客打造的 Markdown 编辑器。</translation>
    </message>
</context>
<context>
    <name>NestedEditor</name>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <source>New Post</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>文章标题</translation>
    </message>
    <message>
        <source>Like %1 (keeps Chinese)</source>
        <translation>按 %1 的方式（保留中文）</translation>
    </message>
    <message>
        <source>Pinyin (ASCII, stable URLs)</source>
        <translation>拼音（ASCII，URL 稳定）</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Python, 笔记</source>
        <translation>用逗号分隔，例如 Python, 笔记</translation>
    </message>
    <message>
        <source>One path: 技术/编程 is 技术 › 编程</source>
        <translation>一条路径：技术/编程 表示 技术 › 编程</translation>
    </message>
    <message>
        <source>Separate categories with /</source>
        <translation>用 / 分隔分类层级</translation>
    </message>
    <message>
        <source>Create as draft</source>
        <translation>创建为草稿</translation>
    </message>
    <message>
        <source>Page bundle (folder with index.md)</source>
        <translation>页面包（含 index.md 的文件夹）</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>File name from:</source>
        <translation>文件名来源：</translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation>Slug：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>(type a title)</source>
        <translation>（请输入标题）</translation>
    </message>
    <message>
        <source>The archetype %1 uses %2, which Postpad cannot evaluate: the post gets Postpad&apos;s usual front matter instead.</source>
        <translation>模板（archetype）%1 用到了 %2，Postpad 无法求值：新文章改用 Postpad 通常的 front matter。</translation>
    </message>
    <message>
        <source>Text from the archetype %1</source>
        <translation>文本来自模板（archetype）%1</translation>
    </message>
    <message>
        <source>The post could not be created:
%1</source>
        <translation>无法创建文章：
%1</translation>
    </message>
</context>
<context>
    <name>OutlineFeature</name>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>大纲(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Paste</name>
    <message>
        <source>Downloading pasted images…</source>
        <translation>正在下载粘贴的图片…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Pasted images not downloaded: %1</source>
        <translation>未能下载的粘贴图片：%1</translation>
    </message>
    <message>
        <source>Paste as Plain Te&amp;xt</source>
        <translation>粘贴为纯文本(&amp;X)</translation>
    </message>
    <message>
        <source>Paste as &amp;Markdown</source>
        <translation>粘贴为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Download Pasted Web Images</source>
        <translation>下载粘贴的网页图片(&amp;D)</translation>
    </message>
    <message>
        <source>Save the post first: pasted images stay remote.</source>
        <translation>请先保存文章：粘贴的图片仍使用远程地址。</translation>
    </message>
    <message>
        <source>Pasted as Markdown (Ctrl+Shift+V pastes plain text)</source>
        <translation>已粘贴为 Markdown（Ctrl+Shift+V 粘贴纯文本）</translation>
    </message>
    <message>
        <source>The clipboard has no HTML to convert.</source>
        <translation>剪贴板中没有可转换的 HTML。</translation>
    </message>
</context>
<context>
    <name>PostHeaderFeature</name>
    <message>
        <source>Post &amp;Header in Preview</source>
        <translation>在预览中显示文章头部(&amp;H)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Use the built-in font stack</source>
        <translation>使用内置字体组合</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Same as the site</source>
        <translation>与站点相同</translation>
    </message>
    <message>
        <source>Load remote images in the preview</source>
        <translation>在预览中加载远程图片</translation>
    </message>
    <message>
        <source>Close brackets and quotes automatically</source>
        <translation>自动补全括号和引号</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>长行自动换行</translation>
    </message>
    <message>
        <source>Editor font:</source>
        <translation>编辑器字体：</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>外观：</translation>
    </message>
    <message>
        <source>Default engine profile:</source>
        <translation>默认博客引擎：</translation>
    </message>
    <message>
        <source>Preview dialect:</source>
        <translation>预览方言：</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Preparing the preview…</source>
        <extracomment>above this size the first frame leaves the text to the real editor: setting it twice would cost more than the early frame saves (a 5 MB post takes ~0.2 s per setPlainText) ``Qt::AlignCenter`` (AlignHCenter | AlignVCenter), set as the label&apos;s ``alignment`` property: Qt converts the number, where ``Qt.AlignmentFlag`` would build the whole ``Qt`` namespace</extracomment>
        <translation>正在准备预览…</translation>
    </message>
</context>
<context>
    <name>PreviewWebView</name>
    <message>
        <source>Remote image not shown: turn on “Load remote images in the preview” in Preferences</source>
        <translation>未显示远程图片：可在偏好设置中打开“在预览中加载远程图片”</translation>
    </message>
    <message>
        <source>Image not found: %1</source>
        <translation>找不到图片：%1</translation>
    </message>
    <message>
        <source>Not applied: this value is more than a colour or a gradient</source>
        <translation>未应用：这个值不只是颜色或渐变</translation>
    </message>
    <message numerus="yes">
        <source>The blog shows one of %n default covers at random; the preview shows the first</source>
        <translation>
            <numerusform>博客从 %n 张默认封面中随机显示一张；预览显示第一张</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsButton</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Check Site</source>
        <translation>检查站点</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>the error count, the warning count</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>This post is not inside a blog: it was checked alone.</source>
        <translation>这篇文章不在任何博客里：只检查了它本身。</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish %1</source>
        <translation>发布 %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Checking the site…</source>
        <translation>正在检查站点…</translation>
    </message>
    <message>
        <source>Check: %1, %2.</source>
        <comment>the error count, the warning count</comment>
        <translation>检查：%1，%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the errors first: publishing is blocked.</source>
        <translation>请先修正错误：发布已被阻止。</translation>
    </message>
    <message>
        <source>Save these posts first: %1</source>
        <translation>请先保存这些文章：%1</translation>
    </message>
    <message>
        <source>Ready: press Publish to run the steps below.</source>
        <translation>准备就绪：点击“发布”执行下面的步骤。</translation>
    </message>
    <message>
        <source>The engine is not installed here: %1</source>
        <translation>本机未安装该引擎：%1</translation>
    </message>
    <message>
        <source>Hexo&apos;s deploy section needs %1: run npm install %1.</source>
        <translation>Hexo 的 deploy 配置需要 %1：请运行 npm install %1。</translation>
    </message>
    <message>
        <source>The site is not a git repository: there is nowhere to push it.</source>
        <translation>站点不是 git 仓库：没有可推送的地方。</translation>
    </message>
    <message>
        <source>The repository has no remote to push to.</source>
        <translation>仓库没有可推送的远程仓库。</translation>
    </message>
    <message>
        <source>Git: %1</source>
        <translation>Git：%1</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>已发布。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 failed with exit status %2.</source>
        <translation>%1 失败，退出状态 %2。</translation>
    </message>
    <message>
        <source>The publish commit was undone: your changes are uncommitted again.</source>
        <translation>发布时的提交已撤销：你的更改恢复为未提交状态。</translation>
    </message>
</context>
<context>
    <name>PublishFeature</name>
    <message>
        <source>Open a post of your blog first, so Postpad knows the site.</source>
        <translation>请先打开博客中的一篇文章，这样 Postpad 才知道是哪个站点。</translation>
    </message>
    <message>
        <source>Pu&amp;blish…</source>
        <translation>发布(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Cannot save file</source>
        <translation>无法保存文件</translation>
    </message>
    <message>
        <source>The recovered text was not saved to %1 and is still kept.

%2</source>
        <translation>恢复的文字未能保存到 %1，仍然保留着。

%2</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的内容</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>磁盘上</translation>
    </message>
    <message>
        <source>Recovered text</source>
        <translation>恢复的文字</translation>
    </message>
    <message>
        <source>Postpad did not close normally. This unsaved text was kept in the recovery journal. Choose what to do with each document.</source>
        <translation>Postpad 上次没有正常关闭。这些未保存的文字保存在恢复日志中。请为每个文档选择处理方式。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>丢弃…</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>从未保存</translation>
    </message>
    <message>
        <source>A new document that was never saved.</source>
        <translation>一个从未保存过的新文档。</translation>
    </message>
    <message>
        <source>The file is no longer on disk: restore it or save it elsewhere.</source>
        <translation>该文件已不在磁盘上：请恢复它或另存到别处。</translation>
    </message>
    <message>
        <source>The file changed on disk after this text was written: compare before restoring.</source>
        <translation>这段文字写下之后，磁盘上的文件又改变了：恢复前请先比较。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ from the file on disk.</source>
        <translation>
            <numerusform>有 %n 行与磁盘上的文件不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Recovered Text As</source>
        <translation>将恢复的文字另存为</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown（*.md *.markdown）</translation>
    </message>
    <message>
        <source>Discard Recovered Text</source>
        <translation>丢弃恢复的文字</translation>
    </message>
    <message>
        <source>Throw away the recovered text of %1? This cannot be undone.</source>
        <translation>丢弃 %1 的恢复文字吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>RenderWarnings</name>
    <message>
        <source>Warning: the page differs</source>
        <translation>警告：页面与预期不同</translation>
    </message>
    <message>
        <source>Unknown tag {% %1 %}: %2 stops the build</source>
        <translation>未知标签 {% %1 %}：%2 会中止构建</translation>
    </message>
    <message>
        <source>Unknown shortcode %1: Hugo stops the build</source>
        <translation>未知短代码 %1：Hugo 会中止构建</translation>
    </message>
    <message>
        <source>Asset %1 is not in the post&apos;s asset folder: Hexo shows nothing here</source>
        <translation>资源 %1 不在文章的资源文件夹中：Hexo 在此处什么也不显示</translation>
    </message>
    <message>
        <source>%1 does not exist: the link or image is broken on the blog</source>
        <translation>%1 不存在：博客上的链接或图片会失效</translation>
    </message>
    <message>
        <source>File %1 does not exist: Hexo shows nothing here</source>
        <translation>文件 %1 不存在：Hexo 在此处什么也不显示</translation>
    </message>
    <message>
        <source>Hexo renders %1 as /%1 unless post_asset_folder and marked.postAsset are on; use {% asset_img %} or a /root path</source>
        <translation>除非开启 post_asset_folder 和 marked.postAsset，Hexo 会把 %1 渲染为 /%1；请改用 {% asset_img %} 或以 / 开头的路径</translation>
    </message>
    <message>
        <source>{% %1 %} has no {% end%1 %}: %2 stops the build</source>
        <translation>{% %1 %} 缺少 {% end%1 %}：%2 会中止构建</translation>
    </message>
    <message>
        <source>{% %1 %} has no opening tag: %2 stops the build</source>
        <translation>{% %1 %} 没有对应的开始标签：%2 会中止构建</translation>
    </message>
    <message>
        <source>Hexo deletes {{ … }} from the page; wrap it in {% raw %}…{% endraw %} or code</source>
        <translation>Hexo 会从页面中删除 {{ … }}；请用 {% raw %}…{% endraw %} 或代码包住它</translation>
    </message>
    <message>
        <source>Hexo deletes {# … #} (a Nunjucks comment) from the page</source>
        <translation>Hexo 会从页面中删除 {# … #}（Nunjucks 注释）</translation>
    </message>
    <message>
        <source>Hugo removed the %1 shortcode: current Hugo stops the build</source>
        <translation>Hugo 已移除 %1 短代码：当前版本的 Hugo 会中止构建</translation>
    </message>
    <message>
        <source>{{&lt; %1 &gt;}} is never closed: Hugo stops the build; close it with {{&lt; /%1 &gt;}} or write {{&lt; %1 /&gt;}}</source>
        <translation>{{&lt; %1 &gt;}} 没有结束标签：Hugo 会中止构建；请用 {{&lt; /%1 &gt;}} 结束它，或写成 {{&lt; %1 /&gt;}}</translation>
    </message>
    <message>
        <source>Formula not converted: %1</source>
        <translation>公式未能转换：%1</translation>
    </message>
    <message>
        <source>Mermaid is off in this site&apos;s config: the blog does not draw it</source>
        <translation>站点配置关闭了 Mermaid：博客不会绘制此图</translation>
    </message>
    <message>
        <source>Next Pro&amp;blem</source>
        <translation>下一个问题(&amp;B)</translation>
    </message>
    <message>
        <source>Previous Prob&amp;lem</source>
        <translation>上一个问题(&amp;L)</translation>
    </message>
    <message>
        <source>Error: the build fails</source>
        <translation>错误：构建会失败</translation>
    </message>
    <message>
        <source>%1, %2: the blog will show these differently from the preview</source>
        <translation>%1、%2：博客的显示将与预览不同</translation>
    </message>
    <message>
        <source>Unknown tag {% %1 %}: %2 stops the build unless the site&apos;s code registers it</source>
        <translation>未知标签 {% %1 %}：除非站点代码注册了它，否则 %2 会中止构建</translation>
    </message>
    <message>
        <source>Liquid runs inside code too; wrap it in {% raw %}…{% endraw %}</source>
        <translation>代码中的 Liquid 也会被执行；请用 {% raw %}…{% endraw %} 包住它</translation>
    </message>
    <message>
        <source>Unknown shortcode %1: Hugo stops the build unless the site or theme defines it</source>
        <translation>未知短代码 %1：除非站点或主题定义了它，否则 Hugo 会中止构建</translation>
    </message>
    <message>
        <source>Click for the list (F8: next problem)</source>
        <translation>点击查看列表（F8：下一个问题）</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>RichCopy</name>
    <message>
        <source>Copy as Ric&amp;h Text</source>
        <translation>复制为富文本(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Rich Text HTML (公众号)…</source>
        <translation>富文本 HTML（公众号）(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>RichCopyFeature</name>
    <message numerus="yes">
        <source>Copied as rich text; %n local image(s) to upload by hand.</source>
        <translation>
            <numerusform>已复制为富文本；%n 张本地图片需要手动上传。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as rich text: paste it into the 公众号, 知乎 or 掘金 editor.</source>
        <translation>已复制为富文本：可粘贴到公众号、知乎或掘金的编辑器中。</translation>
    </message>
    <message>
        <source>Export Rich Text HTML</source>
        <translation>导出富文本 HTML</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>HTML 网页（*.html *.htm）</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>Running as root: the preview runs without Chromium&apos;s sandbox (it still runs no scripts and loads nothing from the network).</source>
        <translation>以 root 身份运行：预览在没有 Chromium 沙盒的情况下运行（仍不运行任何脚本，也不从网络加载任何内容）。</translation>
    </message>
</context>
<context>
    <name>SaveError</name>
    <message>
        <source>Cannot save file</source>
        <translation>无法保存文件</translation>
    </message>
    <message>
        <source>%1 was not saved. The file on disk is unchanged and your text is kept.</source>
        <translation>%1 未能保存。磁盘上的文件没有改变，你的文字已保留。</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
</context>
<context>
    <name>SiteFeature</name>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>New &amp;Post…</source>
        <translation>新建文章(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Check Site…</source>
        <translation>检查站点(&amp;C)…</translation>
    </message>
    <message>
        <source>The post&apos;s URL comes from its file name: renaming breaks existing links and comment threads.

</source>
        <translation>文章的 URL 来自文件名：重命名会使已有的链接和评论失效。

</translation>
    </message>
    <message>
        <source>Open a post of your blog first, so Postpad knows the site.</source>
        <translation>请先打开博客中的一篇文章，这样 Postpad 才知道是哪个站点。</translation>
    </message>
    <message>
        <source>Rename Post File</source>
        <translation>重命名文章文件</translation>
    </message>
    <message>
        <source>New Post</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <source>Save the post before moving it.</source>
        <translation>移动文章前请先保存。</translation>
    </message>
    <message>
        <source>Save the post before renaming it.</source>
        <translation>重命名文章前请先保存。</translation>
    </message>
    <message>
        <source>New file name:</source>
        <translation>新文件名：</translation>
    </message>
    <message>
        <source>New name of the page bundle&apos;s folder (the post&apos;s images move with it):</source>
        <translation>页面包文件夹的新名称（文章的图片随之移动）：</translation>
    </message>
    <message>
        <source>Nothing to check: open a saved post first.</source>
        <translation>没有可检查的内容：请先打开一篇已保存的文章。</translation>
    </message>
    <message>
        <source>Site Pa&amp;nel</source>
        <translation>站点面板(&amp;N)</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Converting images…</source>
        <translation>正在转换图片…</translation>
    </message>
    <message>
        <source>Upload Images</source>
        <translation>上传图片</translation>
    </message>
    <message>
        <source>Save the post first: images are stored next to it.</source>
        <translation>请先保存文章：图片会存放在文章旁边。</translation>
    </message>
    <message>
        <source>Images pasted: %1. Upload them to the image host and link the uploaded copies?</source>
        <translation>已粘贴图片：%1 张。上传到图床并链接上传后的副本吗？</translation>
    </message>
    <message>
        <source>Images not converted, their originals linked: %1</source>
        <translation>未转换的图片（已链接原图）：%1</translation>
    </message>
    <message>
        <source>Could not copy the image: %1</source>
        <translation>无法复制图片：%1</translation>
    </message>
    <message>
        <source>Upload failed, the local copies are linked: %1</source>
        <translation>上传失败，已链接本地副本：%1</translation>
    </message>
    <message>
        <source>Could not write a converted image; the original stays linked: %1</source>
        <translation>无法写入转换后的图片，链接仍指向原图：%1</translation>
    </message>
    <message>
        <source>Images converted: %1</source>
        <translation>图片已转换：%1 张</translation>
    </message>
    <message>
        <source>Converting images… %1/%2</source>
        <translation>正在转换图片… %1/%2</translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <source>No site: this post is not inside a blog</source>
        <translation>无站点：这篇文章不在博客目录中</translation>
    </message>
    <message>
        <source>Search titles, tags, categories…</source>
        <translation>搜索标题、标签、分类…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>New Post…</source>
        <translation>新建文章…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>有误</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n post(s)</source>
        <translation>
            <numerusform>%1 / %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Move to Drafts</source>
        <translation>移到草稿</translation>
    </message>
    <message>
        <source>Rename File…</source>
        <translation>重命名文件…</translation>
    </message>
</context>
<context>
    <name>SitePreview</name>
    <message>
        <source>Site Preview</source>
        <translation>站点预览</translation>
    </message>
    <message>
        <source>Site Previe&amp;w</source>
        <translation>站点预览(&amp;W)</translation>
    </message>
    <message>
        <source>Server stopped.</source>
        <translation>服务器已停止。</translation>
    </message>
    <message>
        <source>Starting the site&apos;s server…</source>
        <translation>正在启动站点服务器…</translation>
    </message>
    <message>
        <source>This post is not inside a Hexo, Hugo or Jekyll site.</source>
        <translation>这篇文章不在 Hexo、Hugo 或 Jekyll 站点中。</translation>
    </message>
</context>
<context>
    <name>SitePreviewPane</name>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Stop Server</source>
        <translation>停止服务器</translation>
    </message>
</context>
<context>
    <name>SiteServer</name>
    <message>
        <source>The server did not start in time.</source>
        <translation>服务器未能及时启动。</translation>
    </message>
    <message>
        <source>The engine&apos;s server could not be started.</source>
        <translation>无法启动引擎的服务器。</translation>
    </message>
    <message>
        <source>The server stopped (exit status %1).</source>
        <translation>服务器已停止（退出状态 %1）。</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <source>Ignore “%1”</source>
        <translation>忽略“%1”</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>将“%1”加入词典</translation>
    </message>
</context>
<context>
    <name>SpellingFeature</name>
    <message>
        <source>Check S&amp;pelling (English)</source>
        <translation>英文拼写检查(&amp;P)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>Engine profile used by the preview and the form</source>
        <translation>预览和表单使用的博客引擎</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Chinese character(s)</source>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2</source>
        <comment>mixed text; %n is their sum, the blog&apos;s 字数</comment>
        <translation>
            <numerusform>%n 字（%1 · %2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Chinese character(s)</source>
        <comment>mixed text</comment>
        <translation>
            <numerusform>汉字 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <comment>mixed text</comment>
        <translation>
            <numerusform>英文 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) and word(s)</source>
        <comment>CJK characters count one each</comment>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <comment>the blog engine&apos;s word count</comment>
        <translation>
            <numerusform>%n 词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Chinese characters: %1
Latin words: %2
Characters: %3</source>
        <translation>汉字：%1
英文单词：%2
字符：%3</translation>
    </message>
    <message>
        <source>Counted as %1 counts</source>
        <translation>按 %1 的规则计数</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Format Table</source>
        <translation>格式化表格(&amp;F)</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>左对齐(&amp;L)</translation>
    </message>
    <message>
        <source>Align &amp;Center</source>
        <translation>居中(&amp;C)</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>右对齐(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;No Alignment</source>
        <translation>取消对齐(&amp;N)</translation>
    </message>
    <message>
        <source>Sort &amp;Ascending</source>
        <translation>升序排序(&amp;A)</translation>
    </message>
    <message>
        <source>Sort &amp;Descending</source>
        <translation>降序排序(&amp;D)</translation>
    </message>
    <message>
        <source>Insert Row &amp;Below</source>
        <translation>在下方插入行(&amp;B)</translation>
    </message>
    <message>
        <source>Insert Column Ri&amp;ght</source>
        <translation>在右侧插入列(&amp;G)</translation>
    </message>
    <message>
        <source>Put the cursor in a table first.</source>
        <translation>请先把光标放在表格中。</translation>
    </message>
    <message>
        <source>&amp;Table…</source>
        <translation>表格(&amp;T)…</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>Insert Row Ab&amp;ove</source>
        <translation>在上方插入行(&amp;O)</translation>
    </message>
    <message>
        <source>Insert Column L&amp;eft</source>
        <translation>在左侧插入列(&amp;E)</translation>
    </message>
    <message>
        <source>Insert Table</source>
        <translation>插入表格</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>列数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>行数(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>TagForms</name>
    <message>
        <source>Put the cursor in a theme tag or shortcode first.</source>
        <translation>请先把光标放在主题标签或短代码里。</translation>
    </message>
    <message>
        <source>&amp;Butterfly</source>
        <translation>Butterfly 标签(&amp;B)</translation>
    </message>
    <message>
        <source>Put the cursor in the post&apos;s text, below the front matter.</source>
        <translation>请把光标放在 front matter 下面的正文里。</translation>
    </message>
    <message>
        <source>He&amp;xo</source>
        <translation>Hexo(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Hugo Shortcodes</source>
        <translation>Hugo 短代码(&amp;H)</translation>
    </message>
    <message>
        <source>Ed&amp;it Tag…</source>
        <translation>编辑标签(&amp;I)…</translation>
    </message>
    <message>
        <source>Mermaid is off in this site&apos;s config (mermaid.enable in _config.butterfly.yml): the blog shows nothing for this tag.</source>
        <translation>此站点的配置关闭了 Mermaid（_config.butterfly.yml 中的 mermaid.enable）：博客上这个标签什么也不显示。</translation>
    </message>
    <message>
        <source>Not in the installed %1 %2</source>
        <translation>已安装的 %1 %2 中没有这个标签</translation>
    </message>
    <message>
        <source>Nothing found in the site</source>
        <translation>站点中没有找到</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>插入%1</translation>
    </message>
    <message>
        <source>Fill in %1 too: Hexo drops an empty argument and moves the next one up.</source>
        <translation>请把%1也填上：Hexo 会丢掉空参数，把后面的参数往前挪。</translation>
    </message>
    <message>
        <source>Argument %1</source>
        <translation>参数 %1</translation>
    </message>
    <message>
        <source>Only the opening tag changes; the text inside stays as it is.</source>
        <translation>只改开始标签，里面的内容保持不变。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 version not found: the tags of the newest version are offered.</source>
        <translation>未找到 %1 的版本：按最新版提供标签。</translation>
    </message>
    <message>
        <source>%1 %2 (installed)</source>
        <translation>%1 %2（已安装）</translation>
    </message>
    <message>
        <source>Needs %1 %2 or later.</source>
        <translation>需要 %1 %2 或更新版本。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示块</translation>
    </message>
    <message>
        <source>A coloured box around Markdown text.</source>
        <translation>包住 Markdown 文字的彩色框。</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Class or colour of the box; several words are kept as they are.</source>
        <translation>框的类名或颜色；多个词原样保留。</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>图标</translation>
    </message>
    <message>
        <source>Font Awesome class such as fas fa-bullhorn, or no-icon.</source>
        <translation>Font Awesome 类名，如 fas fa-bullhorn；或 no-icon。</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <source>Empty: the theme&apos;s note.style setting.</source>
        <translation>留空：使用主题的 note.style 设置。</translation>
    </message>
    <message>
        <source>Note (nested)</source>
        <translation>提示块（嵌套）</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>标签页</translation>
    </message>
    <message>
        <source>Tabbed panes, each between &lt;!-- tab caption@icon --&gt; and &lt;!-- endtab --&gt;.</source>
        <translation>分栏内容，每栏写在 &lt;!-- tab 标题@图标 --&gt; 和 &lt;!-- endtab --&gt; 之间。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tabs without a caption are named after it.</source>
        <translation>没有标题的栏用它命名。</translation>
    </message>
    <message>
        <source>Active tab</source>
        <translation>默认栏</translation>
    </message>
    <message>
        <source>Number of the tab shown first; 0: the first.</source>
        <translation>最先显示的栏序号；0 表示第一栏。</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>按钮</translation>
    </message>
    <message>
        <source>A link drawn as a button.</source>
        <translation>显示成按钮的链接。</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Font Awesome class such as far fa-hand-point-right.</source>
        <translation>Font Awesome 类名，如 far fa-hand-point-right。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Words such as outline, center, block, larger and a colour.</source>
        <translation>如 outline、center、block、larger 和颜色等词。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Highlighted text.</source>
        <translation>高亮文字。</translation>
    </message>
    <message>
        <source>Hidden text (inline)</source>
        <translation>隐藏文字（行内）</translation>
    </message>
    <message>
        <source>Text shown after a click on a button.</source>
        <translation>点击按钮后显示的文字。</translation>
    </message>
    <message>
        <source>Hidden text</source>
        <translation>隐藏的文字</translation>
    </message>
    <message>
        <source>Button text</source>
        <translation>按钮文字</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景色</translation>
    </message>
    <message>
        <source>CSS colour of the button, e.g. #49b1f5.</source>
        <translation>按钮的 CSS 颜色，如 #49b1f5。</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>文字颜色</translation>
    </message>
    <message>
        <source>CSS colour of the button text.</source>
        <translation>按钮文字的 CSS 颜色。</translation>
    </message>
    <message>
        <source>Hidden block</source>
        <translation>隐藏块</translation>
    </message>
    <message>
        <source>Markdown shown after a click on a button.</source>
        <translation>点击按钮后显示的 Markdown 内容。</translation>
    </message>
    <message>
        <source>Fold (toggle)</source>
        <translation>折叠块</translation>
    </message>
    <message>
        <source>A folded section that opens and closes.</source>
        <translation>可以展开和收起的一段内容。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Items, each between &lt;!-- timeline title --&gt; and &lt;!-- endtimeline --&gt;.</source>
        <translation>条目，每条写在 &lt;!-- timeline 标题 --&gt; 和 &lt;!-- endtimeline --&gt; 之间。</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>总标题</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>相册</translation>
    </message>
    <message>
        <source>Images of the body, one ![alt](url) per line.</source>
        <translation>正文里的图片，每行一个 ![alt](url)。</translation>
    </message>
    <message>
        <source>Before Butterfly 5.3 the only parameter is the button.</source>
        <translation>Butterfly 5.3 之前只有按钮这一个参数。</translation>
    </message>
    <message>
        <source>Before Butterfly 4.10: lazyload, rowHeight, limit.</source>
        <translation>Butterfly 4.10 之前的参数是：lazyload、rowHeight、limit。</translation>
    </message>
    <message>
        <source>Load-more button</source>
        <translation>“加载更多”按钮</translation>
    </message>
    <message>
        <source>true: more images after a click.</source>
        <translation>true：点击后加载更多图片。</translation>
    </message>
    <message>
        <source>Images per load</source>
        <translation>每次加载张数</translation>
    </message>
    <message>
        <source>Images at first</source>
        <translation>首次显示张数</translation>
    </message>
    <message>
        <source>Gallery group</source>
        <translation>相册集</translation>
    </message>
    <message>
        <source>A cover linking to a gallery page.</source>
        <translation>链接到相册页面的封面。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Gallery page</source>
        <translation>相册页面</translation>
    </message>
    <message>
        <source>Cover image</source>
        <translation>封面图片</translation>
    </message>
    <message>
        <source>Inline image</source>
        <translation>行内图片</translation>
    </message>
    <message>
        <source>A small image inside a line of text.</source>
        <translation>放在一行文字中的小图片。</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>CSS height, e.g. 1.5em.</source>
        <translation>CSS 高度，如 1.5em。</translation>
    </message>
    <message>
        <source>Mermaid diagram</source>
        <translation>Mermaid 图表</translation>
    </message>
    <message>
        <source>A diagram written in Mermaid.</source>
        <translation>用 Mermaid 写的图表。</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Mermaid settings as JSON, e.g. {&apos;theme&apos;:&apos;dark&apos;}.</source>
        <translation>JSON 格式的 Mermaid 设置，如 {&apos;theme&apos;:&apos;dark&apos;}。</translation>
    </message>
    <message>
        <source>Friend links</source>
        <translation>友情链接</translation>
    </message>
    <message>
        <source>Friend links as YAML: class_name, class_desc and link_list.</source>
        <translation>YAML 格式的友情链接：class_name、class_desc 和 link_list。</translation>
    </message>
    <message>
        <source>Chart.js chart</source>
        <translation>Chart.js 图表</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Percent of the column, e.g. 50.</source>
        <translation>占栏宽的百分比，如 50。</translation>
    </message>
    <message>
        <source>Chart and text side by side</source>
        <translation>图表与文字并排</translation>
    </message>
    <message>
        <source>Chart id</source>
        <translation>图表 ID</translation>
    </message>
    <message>
        <source>Music score</source>
        <translation>乐谱</translation>
    </message>
    <message>
        <source>Series list</source>
        <translation>系列文章列表</translation>
    </message>
    <message>
        <source>Posts of a series (front matter series:).</source>
        <translation>同一系列的文章（front matter 的 series:）。</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Empty: the post&apos;s own series.</source>
        <translation>留空：本文所属的系列。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>图片（figure）</translation>
    </message>
    <message>
        <source>An image with a caption.</source>
        <translation>带说明文字的图片。</translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation>替代文字</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <source>Markdown is allowed.</source>
        <translation>可以使用 Markdown。</translation>
    </message>
    <message>
        <source>Link target</source>
        <translation>链接目标</translation>
    </message>
    <message>
        <source>CSS class</source>
        <translation>CSS 类名</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>加载方式</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Attribution link</source>
        <translation>出处链接</translation>
    </message>
    <message>
        <source>Highlighted code</source>
        <translation>高亮代码</translation>
    </message>
    <message>
        <source>Code coloured by Hugo&apos;s highlighter.</source>
        <translation>由 Hugo 的高亮器着色的代码。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>e.g. linenos=table,hl_lines=2 4-5</source>
        <translation>如 linenos=table,hl_lines=2 4-5</translation>
    </message>
    <message>
        <source>Link to a page (absolute)</source>
        <translation>页面链接（绝对）</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Path of the page, e.g. blog/post.md#anchor.</source>
        <translation>页面路径，如 blog/post.md#anchor。</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <source>Link to a page (relative)</source>
        <translation>页面链接（相对）</translation>
    </message>
    <message>
        <source>YouTube video</source>
        <translation>YouTube 视频</translation>
    </message>
    <message>
        <source>Video id</source>
        <translation>视频 ID</translation>
    </message>
    <message>
        <source>Start (seconds)</source>
        <translation>开始（秒）</translation>
    </message>
    <message>
        <source>End (seconds)</source>
        <translation>结束（秒）</translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation>自动播放</translation>
    </message>
    <message>
        <source>Vimeo video</source>
        <translation>Vimeo 视频</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情（折叠）</translation>
    </message>
    <message>
        <source>A section the reader opens with a click.</source>
        <translation>读者点击后展开的一段内容。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>默认展开</translation>
    </message>
    <message>
        <source>Site parameter</source>
        <translation>站点参数</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Link to a post</source>
        <translation>文章链接</translation>
    </message>
    <message>
        <source>A link to another post of the site, titled with the post&apos;s title.</source>
        <translation>指向站点内另一篇文章的链接，以该文章的标题为文字。</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>The post&apos;s file name without .md, or its title.</source>
        <translation>文章的文件名（不含 .md）或标题。</translation>
    </message>
    <message>
        <source>Empty: the post&apos;s title.</source>
        <translation>留空：使用文章标题。</translation>
    </message>
    <message>
        <source>Path of a post</source>
        <translation>文章路径</translation>
    </message>
    <message>
        <source>The URL of another post of the site.</source>
        <translation>站点内另一篇文章的网址。</translation>
    </message>
    <message>
        <source>Image from the asset folder</source>
        <translation>资源文件夹中的图片</translation>
    </message>
    <message>
        <source>An image from the post&apos;s asset folder (post_asset_folder: true).</source>
        <translation>文章资源文件夹中的图片（post_asset_folder: true）。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Pixels, digits only.</source>
        <translation>像素，只写数字。</translation>
    </message>
    <message>
        <source>&quot;title&quot; &quot;alt text&quot; (each quoted) gives both.</source>
        <translation>写成 &quot;标题&quot; &quot;替代文字&quot;（各自加引号）可同时给出两者。</translation>
    </message>
    <message>
        <source>Link to an asset</source>
        <translation>资源链接</translation>
    </message>
    <message>
        <source>A link to a file in the post&apos;s asset folder.</source>
        <translation>指向文章资源文件夹中某个文件的链接。</translation>
    </message>
    <message>
        <source>Empty: the file name.</source>
        <translation>留空：使用文件名。</translation>
    </message>
    <message>
        <source>Path of an asset</source>
        <translation>资源路径</translation>
    </message>
    <message>
        <source>The URL of a file in the post&apos;s asset folder.</source>
        <translation>文章资源文件夹中某个文件的网址。</translation>
    </message>
    <message>
        <source>Code block</source>
        <translation>代码块</translation>
    </message>
    <message>
        <source>Code with a caption, coloured by the site&apos;s highlighter.</source>
        <translation>带标题的代码，由站点的高亮工具着色。</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>链接文字</translation>
    </message>
    <message>
        <source>e.g. python; empty: guessed or plain.</source>
        <translation>例如 python；留空：自动识别或纯文本。</translation>
    </message>
    <message>
        <source>Line numbers</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>First line number</source>
        <translation>起始行号</translation>
    </message>
    <message>
        <source>Marked lines</source>
        <translation>标记的行</translation>
    </message>
    <message>
        <source>e.g. 1,4-7,10</source>
        <translation>例如 1,4-7,10</translation>
    </message>
    <message>
        <source>Wrap in a table</source>
        <translation>用表格包裹</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Line number threshold</source>
        <translation>显示行号的最少行数</translation>
    </message>
    <message>
        <source>Language attribute</source>
        <translation>语言属性</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>A quotation with its author and source.</source>
        <translation>带作者和出处的引用。</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>A book or work; only without a link.</source>
        <translation>书名或作品名；仅在没有链接时使用。</translation>
    </message>
    <message>
        <source>Link title</source>
        <translation>链接标题</translation>
    </message>
    <message>
        <source>Empty: the link&apos;s address.</source>
        <translation>留空：使用链接地址。</translation>
    </message>
    <message>
        <source>Pull quote</source>
        <translation>醒目引文</translation>
    </message>
    <message>
        <source>A quotation set apart from the text.</source>
        <translation>与正文分开排版的引文。</translation>
    </message>
    <message>
        <source>An image with a size and a title.</source>
        <translation>带尺寸和标题的图片。</translation>
    </message>
    <message>
        <source>A link with a title.</source>
        <translation>带标题的链接。</translation>
    </message>
    <message>
        <source>Open in a new window</source>
        <translation>在新窗口打开</translation>
    </message>
    <message>
        <source>Embedded page</source>
        <translation>嵌入网页</translation>
    </message>
    <message>
        <source>Another page shown inside the post.</source>
        <translation>在文章中显示另一个网页。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Needs the hexo-tag-embed plugin: Hexo 8 has no youtube tag.</source>
        <translation>需要 hexo-tag-embed 插件：Hexo 8 没有 youtube 标签。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Needs the hexo-tag-embed plugin: Hexo 8 has no vimeo tag.</source>
        <translation>需要 hexo-tag-embed 插件：Hexo 8 没有 vimeo 标签。</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>原样文本</translation>
    </message>
    <message>
        <source>Text Hexo passes through without running tags in it.</source>
        <translation>Hexo 原样输出、不执行其中标签的文本。</translation>
    </message>
</context>
<context>
    <name>TomlMessages</name>
    <message>
        <source>unexpected end of the header</source>
        <translation>前置元数据在这里意外结束（检查括号和引号是否成对）</translation>
    </message>
    <message>
        <source>unexpected end of the line</source>
        <translation>这一行意外结束（等号后缺少值？）</translation>
    </message>
    <message>
        <source>Unexpected character:</source>
        <translation>意外的字符：</translation>
    </message>
    <message>
        <source>Invalid number or date format</source>
        <translation>数字或日期格式无效</translation>
    </message>
    <message>
        <source>Invalid datetime</source>
        <translation>日期时间无效</translation>
    </message>
    <message>
        <source>Invalid date</source>
        <translation>日期无效</translation>
    </message>
    <message>
        <source>Invalid time</source>
        <translation>时间无效</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>数字无效</translation>
    </message>
    <message>
        <source>Empty key</source>
        <translation>键为空</translation>
    </message>
    <message>
        <source>Mixed types found in array</source>
        <translation>数组中混有不同类型</translation>
    </message>
</context>
<context>
    <name>TypographyFeature</name>
    <message>
        <source>I&amp;ndent Paragraphs</source>
        <translation>段落缩进(&amp;N)</translation>
    </message>
    <message>
        <source>With Four &amp;En Spaces (&amp;&amp;ensp;)</source>
        <translation>四个半角空格（&amp;&amp;ensp;）(&amp;E)</translation>
    </message>
    <message>
        <source>With Two E&amp;m Spaces (&amp;&amp;emsp;)</source>
        <translation>两个全角空格实体（&amp;&amp;emsp;）(&amp;M)</translation>
    </message>
    <message>
        <source>With Two &amp;Full-Width Spaces (&#x3000;)</source>
        <translation>两个全角空格（&#x3000;）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Remove Paragraph Indentation</source>
        <translation>取消段落缩进(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Auto-Indent New Paragraphs</source>
        <translation>新段落自动缩进(&amp;A)</translation>
    </message>
    <message>
        <source>Check &amp;Typography</source>
        <translation>中文排版检查(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Space Between Chinese and Latin</source>
        <translation>中英文之间的空格(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Require a Space</source>
        <translation>必须有空格(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Forbid Spaces</source>
        <translation>不允许空格(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>不检查(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Fix All Typography Problems</source>
        <translation>修正所有排版问题(&amp;F)</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>排版</translation>
    </message>
    <message>
        <source>T&amp;ypography Problems</source>
        <translation>排版问题(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>TypographyMessages</name>
    <message>
        <source>Closing mark %1 used where an opening one belongs</source>
        <translation>此处应为开引号/括号，却用了闭合的 %1</translation>
    </message>
    <message>
        <source>Opening mark %1 used where a closing one belongs</source>
        <translation>此处应为闭引号/括号，却用了开始的 %1</translation>
    </message>
    <message>
        <source>%1 is never closed</source>
        <translation>%1 没有闭合</translation>
    </message>
    <message>
        <source>%1 closes nothing</source>
        <translation>%1 没有对应的开始符号</translation>
    </message>
    <message>
        <source>%1 does not match the opening mark</source>
        <translation>%1 与开始符号不配对</translation>
    </message>
    <message>
        <source>Half-width %1 in Chinese text</source>
        <translation>中文中使用了半角 %1</translation>
    </message>
    <message>
        <source>Half-width parentheses around Chinese text</source>
        <translation>中文外使用了半角括号</translation>
    </message>
    <message>
        <source>No space between Chinese and Latin text</source>
        <translation>中英文之间缺少空格</translation>
    </message>
    <message>
        <source>Space between Chinese and Latin text</source>
        <translation>中英文之间有多余空格</translation>
    </message>
    <message>
        <source>Repeated punctuation %1</source>
        <translation>重复的标点 %1</translation>
    </message>
    <message>
        <source>No automatic fix</source>
        <translation>无法自动修正</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>删除「%1」</translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation>替换为「%1」</translation>
    </message>
</context>
<context>
    <name>TypographyPanel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Fix All</source>
        <translation>全部修正</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>No typography problems</source>
        <translation>没有排版问题</translation>
    </message>
</context>
<context>
    <name>WordCountPopup</name>
    <message>
        <source>Word count (字数)</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Chinese characters</source>
        <translation>汉字</translation>
    </message>
    <message>
        <source>Latin words</source>
        <translation>英文单词</translation>
    </message>
    <message>
        <source>Characters (with spaces)</source>
        <translation>字符数（含空格）</translation>
    </message>
    <message>
        <source>Characters (no spaces)</source>
        <translation>字符数（不含空格）</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>阅读时间</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>not shown by the blog</source>
        <translation>博客不显示</translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation>计数规则</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选中内容</translation>
    </message>
    <message>
        <source>Click for word count details</source>
        <translation>点击查看字数详情</translation>
    </message>
    <message>
        <source>&amp;Word Count…</source>
        <translation>字数统计(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>YamlMessages</name>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>did not find expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>缺少预期的“,”或“]”</translation>
    </message>
    <message>
        <source>did not find expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>缺少预期的“,”或“}”</translation>
    </message>
    <message>
        <source>did not find expected key</source>
        <translation>这里应是一个键（检查缩进和引号是否成对）</translation>
    </message>
    <message>
        <source>did not find expected node content</source>
        <translation>缺少预期的内容</translation>
    </message>
    <message>
        <source>did not find expected &apos;-&apos; indicator</source>
        <translation>缺少预期的列表标记“-”</translation>
    </message>
    <message>
        <source>did not find expected alphabetic or numeric character</source>
        <translation>缺少预期的字母或数字</translation>
    </message>
    <message>
        <source>could not find expected &apos;:&apos;</source>
        <translation>缺少预期的“:”</translation>
    </message>
    <message>
        <source>mapping values are not allowed in this context</source>
        <translation>这里不能再有“键: 值”（值里含“: ”时，请给整个值加引号）</translation>
    </message>
    <message>
        <source>mapping values are not allowed here</source>
        <translation>这里不能再有“键: 值”（值里含“: ”时，请给整个值加引号）</translation>
    </message>
    <message>
        <source>block sequence entries are not allowed in this context</source>
        <translation>这里不能出现列表项“-”</translation>
    </message>
    <message>
        <source>found a tab character that violates indentation</source>
        <translation>缩进里有制表符（YAML 只能用空格缩进）</translation>
    </message>
    <message>
        <source>found a tab character that cannot start any token</source>
        <translation>这里有制表符（YAML 只能用空格缩进，值也不能以它开头）</translation>
    </message>
    <message>
        <source>found character that cannot start any token</source>
        <translation>值不能以这个字符开头（以 @、`、% 等开头的值请加引号）</translation>
    </message>
    <message>
        <source>found unexpected end of stream</source>
        <translation>引号没有闭合，文件头就结束了</translation>
    </message>
    <message>
        <source>found unknown escape character</source>
        <translation>未知的转义字符（双引号里的 \ 要写成 \\）</translation>
    </message>
    <message>
        <source>found undefined alias</source>
        <translation>引用了未定义的别名（以 * 开头的值请加引号）</translation>
    </message>
    <message>
        <source>expected &lt;block end&gt;, but found</source>
        <translation>缩进不一致：这里应结束上一层，却遇到</translation>
    </message>
    <message>
        <source>while parsing a flow sequence</source>
        <translation>读取 [ ] 列表时</translation>
    </message>
    <message>
        <source>while parsing a flow mapping</source>
        <translation>读取 { } 映射时</translation>
    </message>
    <message>
        <source>while parsing a block mapping</source>
        <translation>读取键值对时</translation>
    </message>
    <message>
        <source>while parsing a block collection</source>
        <translation>读取列表时</translation>
    </message>
    <message>
        <source>while parsing a block node</source>
        <translation>读取值时</translation>
    </message>
    <message>
        <source>while parsing a flow node</source>
        <translation>读取值时</translation>
    </message>
    <message>
        <source>while parsing a quoted scalar</source>
        <translation>读取带引号的值时</translation>
    </message>
    <message>
        <source>while scanning a quoted scalar</source>
        <translation>读取带引号的值时</translation>
    </message>
    <message>
        <source>while scanning a plain scalar</source>
        <translation>读取不带引号的值时</translation>
    </message>
    <message>
        <source>while scanning a simple key</source>
        <translation>读取键时</translation>
    </message>
    <message>
        <source>while scanning for the next token</source>
        <translation>读取下一项时</translation>
    </message>
    <message>
        <source>while scanning an anchor</source>
        <translation>读取锚点（&amp;）时</translation>
    </message>
    <message>
        <source>while scanning an alias</source>
        <translation>读取别名（*）时</translation>
    </message>
    <message>
        <source>duplicated mapping key</source>
        <translation>键重复</translation>
    </message>
    <message>
        <source>found a list or mapping used as a key</source>
        <translation>把列表或键值对用作了键</translation>
    </message>
    <message>
        <source>while constructing a mapping</source>
        <translation>构造键值对时</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Preference&amp;s…</source>
        <translation>首选项(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Front Matter</source>
        <translation>Front Matter 表单(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>编辑器(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation>下一个标签页(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation>上一个标签页(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Synchronised Scrolling</source>
        <translation>同步滚动(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Dark Appearance</source>
        <translation>深色外观(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>粗体(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>斜体(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>链接(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Postpad</source>
        <translation>关于 Postpad(&amp;A)</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>格式(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
</TS>
