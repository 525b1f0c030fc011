"""The load run's pieces that talk HTTP and run gunicorn (used by scripts/loadtest.py)."""

import html.parser
import http.client
import http.cookies
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
REQUEST_TIMEOUT = 60


class Browser:
    """One user's cookies over plain http.client (gunicorn's sync workers close every
    connection). Cookies are kept by hand: the server marks them Secure, and this is loopback."""

    def __init__(self, port, cookies):
        self.port, self.cookies = port, dict(cookies)

    def request(self, method, path, body=None):
        connection = http.client.HTTPConnection(HOST, self.port, timeout=REQUEST_TIMEOUT)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read()
            for header in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in http.cookies.SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            return response.status, content, response.headers
        finally:
            connection.close()


class FormReader(html.parser.HTMLParser):
    """The fields a browser would submit from the form with the given id."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside, self.fields = form_id, False, []
        self.select, self.options, self.textarea = None, [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or "name" not in attrs and tag != "option":
            return
        if tag == "input" and attrs.get("type", "text") not in ("submit", "button", "file"):
            if attrs.get("type") not in ("checkbox", "radio") or "checked" in attrs:
                self.fields.append([attrs["name"], attrs.get("value", "")])
        elif tag == "textarea":
            self.textarea = [attrs["name"], ""]
        elif tag == "select":
            self.select, self.options = attrs["name"], []
        elif tag == "option" and self.select:
            self.options.append((attrs.get("value", ""), "selected" in attrs))

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self.textarea is not None:
            value = self.textarea[1]
            self.fields.append([self.textarea[0], value[1:] if value.startswith("\n") else value])
            self.textarea = None
        elif tag == "select" and self.select:
            chosen = [value for value, selected in self.options if selected]
            for value in chosen or [value for value, _s in self.options[:1]]:
                self.fields.append([self.select, value])
            self.select = None


# The run -----------------------------------------------------------------------------------


class Tally:
    """Every response's time, error and outcome (status or exception), by kind and by phase of
    the run (scripts/load_outages.py: normal, during an outage, recovered)."""

    def __init__(self, timeline):
        self.timeline = timeline
        self.lock = threading.Lock()
        self.latencies = defaultdict(list)
        self.errors = defaultdict(list)
        self.outcomes = defaultdict(Counter)  # phase → {"200": n, "503": n, "TimeoutError": n}
        self.phase_errors = defaultdict(list)  # phase → errors
        self.phase_latencies = defaultdict(list)
        self.written = defaultdict(list)  # writer number → value texts saved
        self.refused = defaultdict(list)  # writer number → value texts whose save failed

    def record(self, kind, started, error=None, outcome=None):
        finished = time.perf_counter()
        phase = self.timeline.phase(started, finished)
        with self.lock:
            self.latencies[kind].append((finished - started) * 1000)
            self.phase_latencies[phase].append((finished - started) * 1000)
            self.outcomes[phase][str(outcome)] += 1
            if error:
                self.errors[kind].append(error)
                at = started - self.timeline.origin
                self.phase_errors[phase].append(f"{kind} at {at:.1f} s: {error}")


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def collect_static(environment):
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"],
        cwd=ROOT,
        env=environment,
        check=True,
    )


def start_gunicorn(port, workers, environment, log):
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "planwatch.wsgi",
            "-w",
            str(workers),
            "-b",
            f"{HOST}:{port}",
            "--error-logfile",
            str(log),
        ],
        cwd=ROOT,
        env=environment,
        start_new_session=True,  # its own process group: stopped as one below
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited: see {log}\n{Path(log).read_text()[-2000:]}")
        try:
            Browser(port, {}).request("GET", "/accounts/login/")
            return server
        except OSError:
            time.sleep(0.2)
    stop(server)
    raise SystemExit("gunicorn did not answer within 30 s")


def stop(server):
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
