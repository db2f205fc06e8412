"""Images beyond placing a pasted file: recompress and convert (``process``), upload
(``upload``), download remote images into the site (``localize``) and check them (``remote``).
Pure Python, no Qt (decisions 0115-0119)."""
