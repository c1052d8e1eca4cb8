#!/usr/bin/env python3
"""Drive `lede` (the REPL) through a pseudo-terminal, as a person types:
an expression and its one-line summary, help(), line editing (Ctrl-A,
arrow keys), history within a session (Up) and across sessions (the
history file). Usage: pty_session.py LEDE ARTICLE"""
import os
import pty
import re
import select
import signal
import sys
import tempfile
import time

LEDE, ARTICLE = sys.argv[1], sys.argv[2]
# The whole session is bounded: a hung REPL fails the check, never blocks it.
signal.alarm(120)
home = tempfile.mkdtemp()
UP, LEFT, CTRL_A, CTRL_D = "\x1b[A", "\x1b[D", "\x01", "\x04"


class Session:
    def __init__(self):
        env = dict(os.environ, HOME=home, TERM="xterm")
        env.pop("LEDE_HISTORY", None)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execvpe(LEDE, [LEDE], env)
        self.out = ""

    def read_until(self, pattern, timeout=10.0):
        """Read until pattern (a regex) matches the output since `mark`."""
        end = time.time() + timeout
        while True:
            # Terminal control sequences (bracketed paste, cursor moves
            # while editing) are not part of what is read.
            text = re.sub(r"\x1b\[[?0-9;]*[A-Za-z]|\x1b[=>]|[\x07\x08]", "",
                          self.out)
            m = re.search(pattern, text[self.mark:])
            if m:
                self.mark += m.end()
                return m
            left = end - time.time()
            if left <= 0:
                fail("timed out waiting for %r; output so far:\n%s"
                     % (pattern, self.out))
            r, _, _ = select.select([self.fd], [], [], left)
            if r:
                try:
                    data = os.read(self.fd, 4096)
                except OSError:
                    data = b""
                if not data:
                    fail("lede ended waiting for %r; output:\n%s"
                         % (pattern, self.out))
                self.out += data.decode("utf-8", "replace")

    def type(self, keys):
        os.write(self.fd, keys.encode())

    def expect(self, keys, pattern):
        self.type(keys)
        return self.read_until(pattern)

    def close(self):
        # A Ctrl-D typed while the line editor sets up the terminal can be
        # flushed away: type it again until lede ends, within a bound.
        end = time.time() + 20
        while time.time() < end:
            self.type(CTRL_D)
            for _ in range(20):
                pid, status = os.waitpid(self.pid, os.WNOHANG)
                if pid:
                    if os.waitstatus_to_exitcode(status) != 0:
                        fail("lede exited with %r" % status)
                    return
                try:
                    if select.select([self.fd], [], [], 0.05)[0]:
                        os.read(self.fd, 4096)
                except OSError:
                    pass
        os.kill(self.pid, 9)
        os.waitpid(self.pid, 0)
        fail("lede did not end after Ctrl-D; output:\n%s" % self.out)


def fail(msg):
    print("repl check: " + msg)
    sys.exit(1)


s = Session()
s.mark = 0
s.read_until(r"help\(\)")
s.read_until(r"> ")
# An expression prints the article's summary line.
s.expect('a = lede.open("%s")\r' % ARTICLE, r"> ")
s.expect("a\r", r'lede\.article: "Gen Qamar holds talks[^\r\n]*\(2021-03-10, '
         r'10 paragraphs, 13 sentences\)[\r\n]+> ')
# Every object prints a one-line summary.
s.expect('a:quotes{kind = "mixed"}[2]\r',
         r'[\r\n]+lede\.quote \[mixed\] Foreign Office: "Pakistan would attend'
         r'[^\r\n]*"[\r\n]+> ')
s.expect('a:entity("COAS")\r',
         r'[\r\n]+lede\.entity \[person\] Qamar Javed Bajwa \(\d+ mentions;'
         r'[^\r\n]*COAS[^\r\n]*\)[\r\n]+> ')
# Up twice: the quote line again, run again.
s.expect(UP + UP + "\r",
         r'[\r\n]+lede\.quote \[mixed\] Foreign Office: [^\r\n]*[\r\n]+> ')
# Line editing: Ctrl-A goes to the start of the line, arrows move.
s.expect("1 + 2" + CTRL_A + "10 * \r", r"[\r\n]+12[\r\n]+> ")
s.expect("3 4" + LEFT + LEFT + "+\r", r"[\r\n]+7[\r\n]+> ")
# help() and lede.help() print the API.
s.expect("help()\r", r"a:quotes\(\[filter\]\)[\s\S]*> ")
s.close()

hist = os.path.join(home, ".lede_history")
if not os.path.exists(hist) or "a = lede.open" not in open(hist).read():
    fail("no history file with the session's lines at " + hist)

# A new session recalls the last session's lines.
s = Session()
s.mark = 0
s.read_until(r"> ")
s.expect(UP + UP + UP + "\r",
         r"[\r\n]+12[\r\n]+> ")
s.close()
print("repl check: passed")
