#!/usr/bin/env python3
"""Checks that HTML files are well-formed HTML5 pages with no script:
a doctype; every element closed, in order (void elements never; SVG ones
may self-close); no <script>; and, when html5lib is installed, no parse
error at all by the HTML5 parsing algorithm (strict mode).
Prints one line per problem and exits 1 if there was any."""
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr"}


class Balance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems, self.svg = [], [], 0

    def where(self):
        return "line %d col %d" % self.getpos()

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.problems.append("%s: a <script> element" % self.where())
        if tag in VOID:
            return
        self.stack.append((tag, self.where()))
        if tag == "svg":
            self.svg += 1

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID and not self.svg:
            self.problems.append("%s: <%s/> is not a void element" % (self.where(), tag))

    def handle_endtag(self, tag):
        if tag in VOID:
            self.problems.append("%s: end tag for void element %s" % (self.where(), tag))
            return
        if not self.stack:
            self.problems.append("%s: </%s> closes nothing" % (self.where(), tag))
            return
        open_tag, at = self.stack.pop()
        if open_tag != tag:
            self.problems.append("%s: </%s> closes <%s> opened at %s" %
                                 (self.where(), tag, open_tag, at))
        if tag == "svg":
            self.svg -= 1


def check(path):
    with open(path, "rb") as f:
        raw = f.read()
    problems = []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return ["not UTF-8: %s" % e]
    if not text.startswith("<!DOCTYPE html>"):
        problems.append("no <!DOCTYPE html> at the start")
    p = Balance()
    p.feed(text)
    p.close()
    problems += p.problems
    for tag, at in p.stack:
        problems.append("<%s> opened at %s is never closed" % (tag, at))
    try:
        import html5lib
    except ImportError:
        html5lib = None
    if html5lib is not None:
        parser = html5lib.HTMLParser(strict=True)
        try:
            parser.parse(text)
        except html5lib.html5parser.ParseError as e:
            problems.append("HTML5 parse error: %s" % e)
    return problems


def main():
    bad = 0
    for path in sys.argv[1:]:
        for problem in check(path):
            print("%s: %s" % (path, problem))
            bad = 1
    return bad


if __name__ == "__main__":
    sys.exit(main())
