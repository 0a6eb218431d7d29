#!/usr/bin/env python3
"""A loopback stand-in for the Lambda Runtime API, to run the real ecs-autopsy-lambda binary.

Serves the given event files, one per GET .../invocation/next, to however many copies of the
function poll it, records what the function answers (POST .../response or .../error), writes
them to --out as JSON once every event is answered, and measures the init time (process start,
given by --started, to the first GET next).

Like Lambda's asynchronous invocation, with --retries N an event whose invocation failed is
served again (after --retry-delay-ms), at most N more times; then it goes to the dead-letter
list ("dlq" in --out). --pace-ms spaces the events out as a storm arrives.

    fake_runtime.py --listen 127.0.0.1:PORT --out results.json [--deadline-ms 30000]
                    [--retries 2 --retry-delay-ms 2000] [--pace-ms 40] EVENT.json...
"""
import argparse
import http.server
import json
import threading
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--deadline-ms", type=int, default=30000)
    ap.add_argument("--started", type=float, default=None, help="epoch seconds when the function was started")
    ap.add_argument("--started-file", help="a file holding that time, read at the first request")
    ap.add_argument("--retries", type=int, default=0)
    ap.add_argument("--retry-delay-ms", type=int, default=1000)
    ap.add_argument("--pace-ms", type=int, default=0)
    ap.add_argument("events", nargs="+")
    args = ap.parse_args()
    host, port = args.listen.rsplit(":", 1)
    if not host.startswith("127."):
        raise SystemExit("fake_runtime: loopback only")
    events = [open(p).read() for p in args.events]
    # queue: (not before, event index); attempts per event; the last answer per event.
    state = {"queue": [(0.0, i) for i in range(len(events))], "attempts": [0] * len(events),
             "results": [None] * len(events), "dlq": [], "first_next": None, "last_out": 0.0,
             "lock": threading.Lock(), "cond": threading.Condition(), "done": threading.Event()}

    def take():
        """The next event due, waiting for it (paced, retries delayed); None when all answered."""
        with state["cond"]:
            while True:
                if all(r is not None for r in state["results"]):
                    return None
                now = time.time()
                due = [q for q in state["queue"] if q[0] <= now]
                if due and now >= state["last_out"] + args.pace_ms / 1000:
                    q = min(due)
                    state["queue"].remove(q)
                    state["last_out"] = now
                    state["attempts"][q[1]] += 1
                    return q[1]
                state["cond"].wait(0.02)

    def write_out():
        out = {"results": state["results"], "dlq": state["dlq"], "attempts": state["attempts"],
               "init_ms": round((state["first_next"] - args.started) * 1000, 1) if args.started else None}
        json.dump(out, open(args.out + ".tmp", "w"))
        import os
        os.replace(args.out + ".tmp", args.out)

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):
            pass

        def do_GET(self):
            if not self.path.endswith("/invocation/next"):
                self.send_error(404)
                return
            with state["lock"]:
                if state["first_next"] is None:
                    state["first_next"] = time.time()
                    if args.started_file:
                        args.started = float(open(args.started_file).read().strip())
            i = take()
            if i is None:
                state["done"].wait(600)  # no more work: hold the long poll
                return
            body = events[i].encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Lambda-Runtime-Aws-Request-Id", f"req-{i}-{state['attempts'][i]}")
            self.send_header("Lambda-Runtime-Deadline-Ms", str(int(time.time() * 1000) + args.deadline_ms))
            self.send_header("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:123456789012:function:ecs-autopsy")
            self.send_header("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            parts = self.path.split("/")
            if "invocation" in parts:
                req = parts[parts.index("invocation") + 1]
                i = int(req.split("-")[1])
                kind = parts[-1]
                try:
                    payload = json.loads(body or b"null")
                except ValueError:
                    payload = body.decode("utf-8", "replace")
                with state["cond"]:
                    if kind == "error" and state["attempts"][i] <= args.retries:
                        # Lambda's async retry: the same event again, later.
                        state["queue"].append((time.time() + args.retry_delay_ms / 1000, i))
                    else:
                        if kind == "error" and args.retries:
                            state["dlq"].append(i)
                        state["results"][i] = {"kind": kind, "payload": payload, "attempts": state["attempts"][i]}
                    if all(r is not None for r in state["results"]):
                        write_out()
                    state["cond"].notify_all()
            self.send_response(202)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = http.server.ThreadingHTTPServer((host, int(port)), Handler)
    server.daemon_threads = True
    server.serve_forever()


if __name__ == "__main__":
    main()
