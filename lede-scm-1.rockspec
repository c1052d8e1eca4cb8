-- luarocks --lua-version 5.4 make   (from a checkout; needs libutf8proc-dev, libjansson-dev)
rockspec_format = "3.0"
package = "lede"
version = "scm-1"
source = {
  url = "git+file:///dev/null",
}
description = {
  summary = "Read a news article: layout, sentences, quotes, entities, dates",
  detailed = [[
lede reads a news article saved as text and returns headline, byline,
dates, paragraphs, sentences, quotes with speakers, entities with aliases
and counts, and dates normalized against the publication date, each as a
byte span into the original text.]],
}
dependencies = {
  "lua >= 5.4, < 5.5",
}
external_dependencies = {
  UTF8PROC = { header = "utf8proc.h", library = "utf8proc" },
  JANSSON = { header = "jansson.h", library = "jansson" },
}
build = {
  type = "make",
  build_target = "module",
  build_variables = {
    CFLAGS = "$(CFLAGS)",
    LUA_CFLAGS = "-I$(LUA_INCDIR)",
  },
  install_target = "install-module",
  install_variables = {
    ROCK_LIBDIR = "$(LIBDIR)",
  },
}
