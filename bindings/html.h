/* Web pages for the Lua module and the command (html.c). */
#ifndef LEDE_BINDING_HTML_H
#define LEDE_BINDING_HTML_H

#include <stddef.h>

/* 1 if buf starts like an HTML page: after a UTF-8 BOM and white space,
 * "<!doctype html", "<html", "<head", "<body", "<meta", "<!--" or "<?xml"
 * (ASCII case ignored). */
int lede_html_sniff(const char *buf, size_t n);
/* 1 if path names a page: *.html, *.htm, *.html.gz, *.htm.gz. */
int lede_html_path(const char *path);
/* 1 if buf starts with the gzip magic bytes. */
int lede_gz_data(const char *buf, size_t n);
/* The inflated bytes of gzip data (malloc'd, NUL-terminated, *outlen its
 * length), or NULL with *err = ENOMEM or EILSEQ (corrupt or cut short). */
char *lede_gunzip(const char *buf, size_t n, size_t *outlen, int *err);

#endif
